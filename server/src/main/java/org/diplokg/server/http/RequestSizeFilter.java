package org.diplokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses requests that are too large before anything reads or parses them: 413 when a SPARQL query
 * or update (body, form or query string) is over {@link ServerLimits#maxQueryBytes()}, or an RDF upload
 * over {@link ServerLimits#maxUploadBytes()}. A body without a length (chunked) is read up to the limit
 * and no further. The server also caps HTML-form bodies at the query limit (see {@link KgServer}).
 */
final class RequestSizeFilter implements Filter {

    private final ServerLimits limits;

    RequestSizeFilter(ServerLimits limits) {
        this.limits = limits;
    }

    /** Whether a body of this type is SPARQL text (a query or update) rather than RDF data. */
    static boolean isSparqlText(String contentType) {
        if (contentType == null) return true;
        String ct = contentType.toLowerCase(Locale.ROOT);
        int semi = ct.indexOf(';');
        if (semi >= 0) ct = ct.substring(0, semi);
        ct = ct.strip();
        return ct.isEmpty() || ct.equals("application/sparql-query") || ct.equals("application/sparql-update")
                || ct.equals("application/x-www-form-urlencoded");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxQueryBytes()) {
            drain(request, request.getContentLengthLong(), 0);
            tooLarge(response, query.length(), limits.maxQueryBytes(), "a query string");
            return;
        }
        String contentType = request.getContentType();
        boolean sparql = isSparqlText(contentType);
        long limit = sparql ? limits.maxQueryBytes() : limits.maxUploadBytes();
        String what = sparql ? "a SPARQL query or update" : "an upload";
        long length = request.getContentLengthLong();
        if (length > limit) {
            drain(request, length, 0);
            tooLarge(response, length, limit, what);
            return;
        }
        HttpServletRequest passOn = request;
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
            if (form) {
                try {
                    request.getParameterMap(); // the container reads the form, stopping at its limit
                } catch (RuntimeException e) {
                    drain(request, -1, limit);
                    tooLarge(response, -1, limit, what);
                    return;
                }
            } else if (sparql) {
                byte[] body = readAtMost(request.getInputStream(), limit + 1);
                if (body.length > limit) {
                    drain(request, -1, body.length);
                    tooLarge(response, -1, limit, what);
                    return;
                }
                passOn = new BufferedBody(request, body);
            } else {
                passOn = new LimitedBody(request, limit);
            }
        }
        chain.doFilter(passOn, response);
        if (passOn instanceof LimitedBody lb && lb.exceeded && !response.isCommitted()) {
            response.reset();
            drain(request, -1, limit);
            tooLarge(response, -1, limit, what);
        }
    }

    /**
     * How much of a refused body is read and dropped so that the client, still sending, gets to read
     * the 413 (many clients fail with "broken pipe" instead when the server stops reading). Not done
     * when the client asked to wait ({@code Expect: 100-continue}): it then sends no body at all.
     */
    static final long DRAIN_BYTES = 16L << 20;

    private static void drain(HttpServletRequest request, long length, long alreadyRead) {
        if (request.getHeader("Expect") != null) return;
        if (length >= 0 && length - alreadyRead > DRAIN_BYTES) return;
        try {
            InputStream in = request.getInputStream();
            byte[] buf = new byte[16384];
            long left = DRAIN_BYTES;
            for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) left -= n;
        } catch (IOException | RuntimeException e) {
            // the client went away; the connection is closed anyway
        }
    }

    static void tooLarge(HttpServletResponse response, long size, long limit, String what) throws IOException {
        String message = "Request too large: " + what + " may be at most " + limit + " bytes"
                + (size >= 0 ? " (this one has " + size + ")" : "") + ".\n";
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setHeader("Connection", "close"); // the rest of the body is not read
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while (out.size() < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - out.size()))) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A request whose body has been read already. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            return new Stream(new ByteArrayInputStream(body), Long.MAX_VALUE, null);
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), cs));
        }
    }

    /** A request whose body stops with an error after {@code limit} bytes. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long limit;
        volatile boolean exceeded;
        private Stream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Stream(super.getInputStream(), limit, this);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }

    private static final class Stream extends ServletInputStream {
        private final InputStream in;
        private final long limit;
        private final LimitedBody owner;
        private long count;
        private boolean finished;

        Stream(InputStream in, long limit, LimitedBody owner) {
            this.in = in;
            this.limit = limit;
            this.owner = owner;
        }

        private void counted(long n) throws IOException {
            if (n < 0) {
                finished = true;
                return;
            }
            count += n;
            if (count > limit) {
                if (owner != null) owner.exceeded = true;
                throw new IOException("request body over the limit of " + limit + " bytes");
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            counted(n);
            return n;
        }

        @Override public boolean isFinished() { return finished; }

        @Override public boolean isReady() { return true; }

        @Override public void setReadListener(ReadListener readListener) {
            throw new IllegalStateException("asynchronous reading is not supported here");
        }

        @Override public void close() throws IOException { in.close(); }
    }
}
