package org.diplokg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML text and the page frame every page shares (navigation, stylesheet, script switch). */
public final class Html {
    private Html() {}

    static final String CONSOLE = "/index.html";
    /** Our own SPARQL page: the project's prefixes, the named queries, results linked to these pages. */
    static final String QUERY = "/query";

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;max-width:72em;margin:0 auto;padding:0 1em 3em;line-height:1.5;color:#222}
            nav{display:flex;gap:1.2em;align-items:center;padding:.6em 0;border-bottom:1px solid #ddd;margin-bottom:1em}
            nav form{margin-left:auto}nav .script{font-size:90%}
            a{color:#1a55a8;text-decoration:none}a:hover{text-decoration:underline}
            h1{font-size:1.6em;margin:.4em 0 .2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #eee}
            code.iri{display:block;font-size:85%;color:#555;word-break:break-all;user-select:all}
            table{border-collapse:collapse}td,th{vertical-align:top;padding:.2em .7em .2em 0;text-align:left}th{color:#555;font-weight:normal;white-space:nowrap}
            .kind{font-size:80%;color:#777;border:1px solid #ccc;border-radius:3px;padding:0 .3em}
            .muted{color:#777}.counts{display:flex;gap:2em}.counts div{font-size:1.4em}.counts span{display:block;font-size:60%;color:#666}
            article.text{white-space:pre-wrap;border-left:3px solid #eee;padding-left:1em;font-size:105%}
            a.mention{background:#fff3bf;border-radius:2px}a.mention.meeting{background:#e3f2fd}a.mention.agreement{background:#e8f5e9}
            a.mention.person{background:#fce4ec}a.mention.organisation,a.mention.economy{background:#ede7f6}
            table.provenance td{overflow-wrap:anywhere}
            svg{max-width:100%;height:auto;margin:.5em 0}ul.plain{list-style:none;padding-left:0}
            """;

    /** HTML text and attribute escaping (the server's pages and the query page). */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String link(String href, String text, String cssClass) {
        return "<a href=\"" + esc(href) + "\"" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">" + esc(text) + "</a>";
    }

    /** A whole page: {@code title} is plain text, {@code body} HTML already escaped. */
    static String page(String title, Script script, String body) {
        String other = script == Script.HANS ? "hant" : "hans";
        return "<!DOCTYPE html>\n<html lang=\"" + script.htmlLang() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(title) + " — diplokg</title><style>" + STYLE + "</style></head><body>\n"
                + "<nav><a href=\"/\" class=\"home\">diplokg</a><a href=\"" + QUERY + "\" class=\"query\">SPARQL</a>"
                + "<a href=\"/queries\">Named queries</a><a href=\"" + CONSOLE + "\" class=\"console\">Fuseki console</a>"
                + "<a class=\"script\" href=\"?script=" + other + "\">" + (script == Script.HANS ? "繁體" : "简体") + "</a>"
                + "<form action=\"/search\" class=\"nav-search\"><input name=\"q\" placeholder=\"search\" aria-label=\"search\"></form></nav>\n"
                + body + "\n</body></html>\n";
    }
}
