package org.diplokg.server.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * jena-text's {@code text:TextIndexLucene} assembler, made to give one index object per folder in a JVM: Lucene lets
 * one writer open a folder, and a server and a command (or two servers in one test JVM) may describe the same index.
 * An index that was closed is opened afresh. Installed when Jena initialises (listed in
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}), after jena-text's own assemblers.
 */
public final class SharedIndexAssembler extends AssemblerBase {

    private static final Map<Path, TextIndexLucene> OPEN = new HashMap<>();

    private final Assembler lucene;

    SharedIndexAssembler(Assembler lucene) {
        this.lucene = lucene;
    }

    @Override
    public Object open(Assembler a, Resource root, Mode mode) {
        Path folder = folder(root);
        if (folder == null) return lucene.open(a, root, mode);
        synchronized (OPEN) {
            TextIndexLucene index = OPEN.get(folder);
            if (index == null || index.getIndexWriter() == null || !index.getIndexWriter().isOpen()) {
                index = (TextIndexLucene) lucene.open(a, root, mode);
                OPEN.put(folder, index);
            }
            return index;
        }
    }

    /** The folder of a file-system index, or null (in memory). */
    private static Path folder(Resource root) {
        if (!root.hasProperty(TextVocab.pDirectory)) return null;
        RDFNode n = root.getProperty(TextVocab.pDirectory).getObject();
        String path = n.isLiteral() ? n.asLiteral().getLexicalForm() : IRILib.IRIToFilename(n.asResource().getURI());
        return path.equals("mem") ? null : Path.of(path).toAbsolutePath().normalize();
    }

    /** Puts this assembler in place of jena-text's for {@code text:TextIndexLucene}. */
    public static final class Install implements JenaSubsystemLifecycle {
        @Override
        public void start() {
            Assembler previous = Assembler.general().assemblerFor(TextVocab.textIndexLucene);
            if (previous != null && !(previous instanceof SharedIndexAssembler)) {
                Assembler.general().implementWith(TextVocab.textIndexLucene, new SharedIndexAssembler(previous));
            }
        }

        @Override
        public void stop() {}

        @Override
        public int level() { return 60; } // jena-text registers at 50
    }
}
