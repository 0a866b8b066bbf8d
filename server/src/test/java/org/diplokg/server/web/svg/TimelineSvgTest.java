package org.diplokg.server.web.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplokg.server.web.svg.TimelineSvg.Event;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TimelineSvgTest {

    @Test
    void oneEventIsALinkedDotOnAnAxisWithItsYear() throws Exception {
        String svg = TimelineSvg.render(List.of(new Event(LocalDate.of(2021, 11, 12), "day", "APEC第二十八次领导人非正式会议",
                "/id/meeting/apec-aelm-2021", "meeting")));
        Document d = SvgXml.parse(svg);
        List<Element> links = SvgXml.all(d, "a");
        assertEquals(1, links.size());
        assertEquals("/id/meeting/apec-aelm-2021", links.get(0).getAttribute("href"));
        assertEquals(1, SvgXml.all(d, "circle").size());
        List<String> years = SvgXml.withClass(d, "text", "year").stream().map(Element::getTextContent).toList();
        assertTrue(years.contains("2021"), years.toString());
        assertEquals("2021-11-12", SvgXml.withClass(d, "text", "date").get(0).getTextContent());
        assertEquals("APEC第二十八次领导人非正式会议", SvgXml.withClass(d, "text", "label").get(0).getTextContent());
        assertTrue(d.getDocumentElement().getAttribute("font-family").contains("Noto Sans CJK SC"));
    }

    @Test
    void monthAndYearEventsAreHollowSpansAndSayTheirPrecision() throws Exception {
        Document d = SvgXml.parse(TimelineSvg.render(List.of(
                new Event(LocalDate.of(2020, 11, 15), "day", "signed", "/a", "agreement"),
                new Event(LocalDate.of(2021, 9, 1), "month", "China applied", "/b", "agreement"),
                new Event(LocalDate.of(2022, 1, 1), "year", "in force", "/c", "agreement"))));
        assertEquals(1, SvgXml.all(d, "circle").size());
        List<Element> spans = SvgXml.withClass(d, "rect", "span");
        assertEquals(2, spans.size());
        spans.forEach(r -> assertEquals("0.15", r.getAttribute("fill-opacity")));
        List<String> dates = SvgXml.withClass(d, "text", "date").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("2020-11-15", "2021-09", "2022"), dates);
        // the year span covers the whole year: wider than the month span
        assertTrue(Double.parseDouble(spans.get(1).getAttribute("width")) > Double.parseDouble(spans.get(0).getAttribute("width")));
    }

    @Test
    void textAndLinksAreEscaped() throws Exception {
        String label = "<script>alert('x')</script> & \"RCEP\"\u0001";
        String href = "/search?q=a&b=\"c\"<";
        String svg = TimelineSvg.render(List.of(new Event(LocalDate.of(2020, 1, 1), "day", label, href, "agreement\" onload=\"x")));
        assertFalse(svg.contains("<script>"), svg);
        assertFalse(svg.contains("onload=\"x"), svg);
        Document d = SvgXml.parse(svg);
        assertEquals(href, SvgXml.all(d, "a").get(0).getAttribute("href"));
        String shown = SvgXml.withClass(d, "text", "label").get(0).getTextContent();
        assertTrue(shown.startsWith("<script>alert('x')"), shown);
        assertTrue(SvgXml.all(d, "title").stream().anyMatch(t -> t.getTextContent().contains(label.substring(0, label.length() - 1))));
    }

    @Test
    void twoHundredEventsAreCappedAndCountedAndTheirLabelsDoNotOverlap() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(i * 5L);
            events.add(new Event(date, i % 3 == 0 ? "month" : "day", "第" + i + "次中国—东盟领导人会议", "/id/meeting/m" + i, "meeting"));
        }
        Document d = SvgXml.parse(TimelineSvg.render(events));
        assertEquals(TimelineSvg.MAX_SHOWN, SvgXml.all(d, "a").size());
        assertEquals("+160 more (earlier, not shown)", SvgXml.withClass(d, "text", "more").get(0).getTextContent());
        // the latest are the ones shown
        assertTrue(SvgXml.all(d, "a").stream().anyMatch(a -> a.getAttribute("href").equals("/id/meeting/m199")));
        assertFalse(SvgXml.all(d, "a").stream().anyMatch(a -> a.getAttribute("href").equals("/id/meeting/m0")));
        List<Element> labels = new ArrayList<>(SvgXml.withClass(d, "text", "label"));
        labels.addAll(SvgXml.withClass(d, "text", "date"));
        assertEquals(List.of(), SvgXml.overlaps(labels));
        Set<String> positions = new HashSet<>();
        for (Element t : SvgXml.withClass(d, "text", "label")) {
            assertTrue(positions.add(t.getAttribute("x") + "," + t.getAttribute("y")), "two labels at " + t.getAttribute("x") + "," + t.getAttribute("y"));
        }
        // everything inside the picture
        double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(d.getDocumentElement().getAttribute("height"));
        for (Element t : labels) {
            Svg.Box b = SvgXml.box(t);
            assertTrue(b.x() >= 0 && b.x() + b.w() <= width && b.y() + b.h() <= height, t.getTextContent() + " at " + b);
        }
    }

    @Test
    void eventsOnTheSameDayAreStaggered() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) events.add(new Event(LocalDate.of(2017, 5, 14), "day", "一带一路论坛 " + i, "/d" + i, "meeting"));
        Document d = SvgXml.parse(TimelineSvg.render(events));
        List<Element> labels = SvgXml.withClass(d, "text", "label");
        assertEquals(5, labels.size());
        assertEquals(5, labels.stream().map(t -> t.getAttribute("y")).distinct().count());
        assertEquals(List.of(), SvgXml.overlaps(labels));
    }

    @Test
    void emptyInputIsAWellFormedPictureThatSaysSo() throws Exception {
        for (List<Event> none : java.util.Arrays.asList(List.<Event>of(), null)) {
            Document d = SvgXml.parse(TimelineSvg.render(none));
            assertTrue(d.getDocumentElement().getTextContent().contains("No dated events"));
            assertEquals(0, SvgXml.all(d, "a").size());
        }
        Document undated = SvgXml.parse(TimelineSvg.render(List.of(new Event(null, "day", "x", "/x", "meeting"))));
        assertTrue(undated.getDocumentElement().getTextContent().contains("1 undated"));
    }

    @Test
    void labelsNearTheRightEdgeTurnLeft() throws Exception {
        Document d = SvgXml.parse(TimelineSvg.render(List.of(
                new Event(LocalDate.of(2000, 1, 1), "day", "start", null, "person"),
                new Event(LocalDate.of(2024, 12, 31), "day", "区域全面经济伙伴关系协定生效", null, "agreement"))));
        Element last = SvgXml.withClass(d, "text", "label").get(1);
        assertEquals("end", last.getAttribute("text-anchor"));
        assertEquals(0, SvgXml.all(d, "a").size(), "no link without an href");
        // a 25-year axis is not ticked every year (26 labels would crowd 900 px)
        long ticks = SvgXml.withClass(d, "text", "year").size();
        assertTrue(ticks >= 5 && ticks <= 14, "ticks " + ticks);
    }
}
