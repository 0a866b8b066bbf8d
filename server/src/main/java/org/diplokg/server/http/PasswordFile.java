package org.diplokg.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The server's password file ({@code name: password} lines, as Jetty reads them). When there is none,
 * one is made with a random password for {@link #ADMIN}, readable by the owner only.
 */
public final class PasswordFile {

    public static final String ADMIN = "admin";

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private PasswordFile() {}

    /** Creates the file with a fresh admin password unless it exists; returns whether it was created. */
    public static boolean ensure(Path file) throws IOException {
        if (Files.exists(file)) return false;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        String content = "# diplokg server users (name: password); made by diplokg\n" + ADMIN + ": " + randomPassword(20) + "\n";
        try {
            Files.createFile(file, ownerOnly());
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return true;
    }

    /** The password of {@code user} in the file, when it is stored in clear. */
    public static Optional<String> findPassword(Path file, String user) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).strip().equals(user)) {
                String pw = l.substring(colon + 1).strip();
                int comma = pw.indexOf(',');
                if (comma >= 0) pw = pw.substring(0, comma).strip(); // "password, role" form
                return pw.startsWith("MD5:") || pw.startsWith("CRYPT:") || pw.startsWith("OBF:") ? Optional.empty() : Optional.of(pw);
            }
        }
        return Optional.empty();
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        return sb.toString();
    }

    private static java.nio.file.attribute.FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
