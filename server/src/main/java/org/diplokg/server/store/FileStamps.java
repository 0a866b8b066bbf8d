package org.diplokg.server.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the last local ingest saw of each file it stored, so that an unchanged file costs a {@code stat} and a
 * lookup instead of a read and a hash: per path key its size, modification time, change time, inode and sha256,
 * kept beside the database in {@value #FILE}.
 * <p>
 * The rule: a file is taken to hold the recorded bytes when its size, mtime, ctime and inode all equal the recorded
 * ones; otherwise it is read and hashed again (a file touched but with the same bytes is then still unchanged,
 * and its stamp is renewed). Writing a file changes its ctime, which no tool can set back, so a file rewritten
 * with the same size and its mtime restored is still re-hashed. A file whose mtime or ctime is less than
 * {@value #RACY_SECONDS} s older than the moment it was read is not stamped (it may still be being written within
 * the clock's resolution); it is hashed again next time. {@code --force} reads and extracts every file.
 * <p>
 * The stamps describe one state of the store: they record the names, sizes and modification times of the
 * database's files ({@link #storeFingerprint}) as the ingest that wrote them left them, and the fingerprint of
 * the reference data the static graphs were made from. Any other writer (a server, an update, another tool)
 * changes the database files, and then the stamps are used for files only, never to skip the store's own check.
 */
public final class FileStamps {

    public static final String FILE = "diplokg-files.tsv";
    static final String HEADER = "# diplokg file stamps 1";
    static final long RACY_SECONDS = 2;

    /** The attributes a stamp compares. */
    public record Attributes(long size, long mtimeNanos, long ctimeNanos, long inode) {}

    /** A stored file as last seen: its attributes and the sha256 of its bytes. */
    public record Stamp(Attributes attributes, String sha256) {}

    private final Map<String, Stamp> stamps;
    private final String storeFingerprint;
    private final String staticFingerprint;
    private final long quads;

    private FileStamps(Map<String, Stamp> stamps, String storeFingerprint, String staticFingerprint, long quads) {
        this.stamps = stamps;
        this.storeFingerprint = storeFingerprint;
        this.staticFingerprint = staticFingerprint;
        this.quads = quads;
    }

    public static FileStamps none() { return new FileStamps(Map.of(), "", "", -1); }

    public Map<String, Stamp> stamps() { return Collections.unmodifiableMap(stamps); }

    public String storeFingerprint() { return storeFingerprint; }

    public String staticFingerprint() { return staticFingerprint; }

    /** Quads in the store when the stamps were written. */
    public long quads() { return quads; }

    /** The recorded sha256 of the file at {@code key} when its attributes are as recorded, else null. */
    public String shaIfUnchanged(String key, Attributes now) {
        Stamp s = stamps.get(key);
        return s != null && now != null && s.attributes().equals(now) ? s.sha256() : null;
    }

    /** A file's attributes in one {@code stat}, or null when they cannot be read. */
    public static Attributes attributes(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
            return new Attributes((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                    nanos((FileTime) a.get("ctime")), (Long) a.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            try {
                BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
                return new Attributes(b.size(), nanos(b.lastModifiedTime()), nanos(b.lastModifiedTime()), -1);
            } catch (IOException ex) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a stamp taken now can be trusted later: the file was not written within the last moments. */
    public static boolean settled(Attributes a, long nowNanos) {
        long limit = nowNanos - TimeUnit.SECONDS.toNanos(RACY_SECONDS);
        return a.mtimeNanos() < limit && a.ctimeNanos() < limit;
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** The stamps beside the database in {@code db}; none when there are none or they cannot be read. */
    public static FileStamps read(Path db) {
        Path f = db.resolve(FILE);
        if (!Files.isRegularFile(f)) return none();
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            Map<String, Stamp> map = new HashMap<>();
            String[] head = new String[4];
            boolean[] ok = {true};
            lines.forEach(line -> {
                if (!ok[0]) return;
                String[] c = line.split("\t", -1);
                if (head[0] == null) {
                    if (c.length != 4 || !c[0].equals(HEADER)) ok[0] = false;
                    else System.arraycopy(c, 0, head, 0, 4);
                    return;
                }
                if (c.length != 6) {
                    ok[0] = false;
                    return;
                }
                map.put(c[0], new Stamp(new Attributes(Long.parseLong(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3]),
                        Long.parseLong(c[4])), c[5]));
            });
            if (!ok[0] || head[0] == null) return none();
            return new FileStamps(map, head[1], head[2], Long.parseLong(head[3]));
        } catch (IOException | RuntimeException e) {
            return none(); // unreadable stamps only cost re-hashing
        }
    }

    /** Writes {@code stamps} beside the database in {@code db} (replacing the file at once). */
    public static void write(Path db, Map<String, Stamp> stamps, String staticFingerprint, long quads) throws IOException {
        Path tmp = db.resolve(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(String.join("\t", HEADER, storeFingerprint(db), staticFingerprint, Long.toString(quads)));
            w.write('\n');
            for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
                String key = e.getKey();
                if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) continue; // never stamped
                Attributes a = e.getValue().attributes();
                w.write(key + "\t" + a.size() + "\t" + a.mtimeNanos() + "\t" + a.ctimeNanos() + "\t" + a.inode()
                        + "\t" + e.getValue().sha256() + "\n");
            }
        }
        Files.move(tmp, db.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the stamps (after a run that wrote the store without recording them). */
    public static void discard(Path db) {
        try {
            Files.deleteIfExists(db.resolve(FILE));
        } catch (IOException e) {
            // stale stamps are harmless: their store fingerprint no longer matches
        }
    }

    /**
     * The database's files as names, sizes and modification times (lock files left out: readers rewrite them).
     * Any write to the store changes it; reading does not.
     */
    public static String storeFingerprint(Path db) {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(db, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .filter(p -> !p.getFileName().toString().startsWith(FILE))
                    .filter(p -> db.relativize(p).getNameCount() == 2)
                    .forEach(p -> {
                        Attributes a = attributes(p);
                        parts.add(db.relativize(p).toString().replace('\\', '/') + ":" + (a == null ? "?" : a.size() + ":" + a.mtimeNanos()));
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unreadable";
        }
        Collections.sort(parts);
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(String.join(",", parts).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16) + "-" + parts.size();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thread-safe collector of the stamps a run observes. */
    public static Map<String, Stamp> collector() {
        return new ConcurrentHashMap<>();
    }
}
