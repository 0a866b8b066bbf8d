package org.diplokg.server.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The Chinese script names are shown in: simplified by default, traditional by {@code ?script=hant} or its cookie. */
enum Script {
    HANS("zh-Hans"), HANT("zh-Hant");

    private static final String COOKIE = "script";
    private final String htmlLang;

    Script(String htmlLang) { this.htmlLang = htmlLang; }

    String htmlLang() { return htmlLang; }

    /** The reader's choice: the parameter (remembered in a cookie for the next pages), else the cookie. */
    static Script of(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter(COOKIE);
        if (asked != null) {
            Script s = parse(asked);
            Cookie c = new Cookie(COOKIE, s.name().toLowerCase());
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            response.addCookie(c);
            return s;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) if (c.getName().equals(COOKIE)) return parse(c.getValue());
        }
        return HANS;
    }

    static Script parse(String value) {
        return value != null && value.toLowerCase().matches("hant|zh-hant|traditional|tw|hk") ? HANT : HANS;
    }
}
