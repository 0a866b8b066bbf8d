package org.diplokg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplokg.extractor.Extractor;
import org.diplokg.extractor.read.DocumentReader;
import org.diplokg.extractor.reference.ReferenceData;
import org.diplokg.extractor.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two documents about the 2021 APEC leaders' meeting — a report that names it, and the leader's speech that never
 * does — meet in one meeting node: the report states it is about it, the speech is linked to it by date and
 * organiser, and the graph says that link is inferred.
 */
class SameMeetingAcrossDocumentsTest {

    @TempDir Path dir;

    @Test
    void aReportAndASpeechOfOneMeetingShareTheMeetingNode() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("report.md"), """
                ---
                title: 习近平出席亚太经合组织第二十八次领导人非正式会议
                date: 2021-11-13
                ---
                11月12日晚，国家主席习近平在北京以视频方式出席亚太经合组织第二十八次领导人非正式会议并发表重要讲话。
                会议由新西兰总理阿德恩主持。中方已申请加入《数字经济伙伴关系协定》。
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("speech.md"), """
                ---
                title: 坚持可持续发展 共建亚太命运共同体
                date: 2021-11-12
                ---
                今年是中国加入亚太经合组织30周年。我们要推进区域经济一体化，维护以世界贸易组织为核心的多边贸易体制。
                中方愿同亚太经合组织各成员一道，推动构建亚太命运共同体。
                """, StandardCharsets.UTF_8);

        ReferenceData reference = ReferenceData.load();
        Extractor extractor = Extractor.builder().reference(reference).build();
        try (Store store = Store.open(dir.resolve("db"))) {
            new Ingester(store, DocumentProcessor.of(DocumentReader.create(), extractor, org.diplokg.extractor.emit.MentionDetail.FIRST),
                    List.of(new StaticGraph(Vocab.REFERENCE_GRAPH, "reference graph", reference::emit)),
                    new Ingester.Settings(2, 10, false)).ingest(List.of(docs), new IngestListener() {});

            String meeting = Vocab.ID + "meeting/apec-aelm-2021";
            Set<String> stated = new TreeSet<>(), inferred = new TreeSet<>();
            String q = """
                    PREFIX schema: <https://schema.org/>
                    PREFIX dkg: <https://w3id.org/diplokg/ns#>
                    SELECT ?doc ?file ?how WHERE {
                      GRAPH ?doc { { ?doc schema:about <%s> BIND("stated" AS ?how) }
                                   UNION { ?doc dkg:inferredAbout <%s> BIND("inferred" AS ?how) }
                                   ?doc dkg:sourceFile ?file }
                    }""".formatted(meeting, meeting);
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        String file = s.getLiteral("file").getString(); // documents are named by their hash; their paths say which
                        (s.getLiteral("how").getString().equals("stated") ? stated : inferred).add(file.substring(file.lastIndexOf('/') + 1));
                    }
                }
            });
            assertEquals(Set.of("report.md"), stated);
            assertEquals(Set.of("speech.md"), inferred);

            long meetingNodes = Txn.calculateRead(store.dataset(), () -> {
                String count = """
                        PREFIX dkg: <https://w3id.org/diplokg/ns#>
                        SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {
                          GRAPH ?g { ?m a dkg:Meeting } FILTER(?g != <%s>) }""".formatted(Vocab.REFERENCE_GRAPH);
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(count).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, meetingNodes, "the two documents should not mint two meetings");
        }
    }
}
