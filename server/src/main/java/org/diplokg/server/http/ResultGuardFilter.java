package org.diplokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.apache.jena.fuseki.Fuseki;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;

/**
 * Makes a response that fails part-way visible to the client as a failure. Fuseki streams query
 * results; when a query times out after the first rows are written it ends the body with a comment
 * and the status stays "200 OK". This filter holds back the first {@code bufferBytes} of every
 * response it guards:
 * <ul>
 *   <li>a failure within them (the handler sets an error status after writing) is answered with the
 *       error status alone, no partial body (a timeout as 503 "Query timed out");</li>
 *   <li>a failure after them, when the status line and part of the body have gone, cuts the connection
 *       without the end of the body, so every HTTP client reports an incomplete transfer.</li>
 * </ul>
 * A response that succeeds is passed on unchanged (with a Content-Length when it fitted the buffer).
 */
final class ResultGuardFilter implements Filter {

    private static final Logger LOG = Fuseki.actionLog; // the request log

    private final int bufferBytes;
    private final Predicate<String> guarded;

    /**
     * @param bufferBytes how much of a response is held back
     * @param guarded     which request paths (without the context path) are guarded
     */
    ResultGuardFilter(int bufferBytes, Predicate<String> guarded) {
        this.bufferBytes = bufferBytes;
        this.guarded = guarded;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || "HEAD".equals(request.getMethod()) || !guarded.test(pathOf(request))) {
            chain.doFilter(req, res);
            return;
        }
        Guarded g = new Guarded(response, bufferBytes);
        try {
            chain.doFilter(request, g);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (g.streamed) {
                abort(request, e);
                return;
            }
            g.discard();
            throw e;
        }
        if (g.failedStatus > 0) {
            if (g.streamed) {
                LOG.info("{} {}: failed with status {} after {} bytes of the response were sent; connection cut",
                        request.getMethod(), shortPath(request), g.failedStatus, g.written);
                abort(request, new IOException("response failed after " + g.written + " bytes (status " + g.failedStatus + ")"));
            } else {
                failWhole(response, g);
            }
            return;
        }
        g.finish();
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String cp = request.getContextPath();
        return cp != null && !cp.isEmpty() && uri.startsWith(cp) ? uri.substring(cp.length()) : uri;
    }

    private static String shortPath(HttpServletRequest request) {
        String p = request.getRequestURI();
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }

    /** The status line has gone: the only signal left is to end the connection without ending the body. */
    private static void abort(HttpServletRequest request, Throwable cause) throws IOException {
        ServletContextRequest scr = ServletContextRequest.getServletContextRequest(request);
        if (scr != null) {
            scr.getServletChannel().abort(cause);
            return;
        }
        throw cause instanceof IOException io ? io : new IOException(cause);
    }

    /** Nothing has been sent: replace the partial body by the error alone. */
    private static void failWhole(HttpServletResponse response, Guarded g) throws IOException {
        // Fuseki marks a query cancelled by its timeout while writing results with 400 (and a comment in the body).
        boolean timeout = g.failedStatus == 400;
        int status = timeout ? 503 : g.failedStatus;
        String message = timeout
                ? "Query timed out while its results were being written; partial results are not sent.\n"
                  + "Narrow the query or add a LIMIT.\n"
                : "The request failed while its response was being written (status " + g.failedStatus + ").\n";
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        response.reset();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The response as the handler sees it. */
    private static final class Guarded extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final int limit;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream realOut;
        private Stream stream;
        private PrintWriter writer;
        boolean streamed;
        long written;
        int failedStatus;

        Guarded(HttpServletResponse real, int limit) {
            super(real);
            this.real = real;
            this.limit = limit;
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (failedStatus > 0 || len <= 0) return; // after a failure the handler only writes its apology
            written += len;
            if (!streamed && held.size() + len <= limit) {
                held.write(b, off, len);
                return;
            }
            if (!streamed) {
                streamed = true;
                realOut = real.getOutputStream();
                held.writeTo(realOut);
                held = null;
            }
            realOut.write(b, off, len);
        }

        void flushOut() throws IOException {
            if (streamed && failedStatus == 0) realOut.flush();
        }

        /** Success: send what was held back. */
        void finish() throws IOException {
            if (writer != null) writer.flush();
            if (streamed || held == null) return;
            if (held.size() > 0) {
                if (!real.isCommitted()) real.setContentLength(held.size()); // Fuseki counts characters, not bytes
                ServletOutputStream out = real.getOutputStream();
                held.writeTo(out);
            }
        }

        void discard() {
            if (held != null) held.reset();
        }

        private boolean failing(int sc) {
            if (sc >= 400 && written > 0) {
                if (failedStatus == 0) failedStatus = sc;
                return true;
            }
            return false;
        }

        @Override
        public void setStatus(int sc) {
            if (failedStatus > 0 || failing(sc) || streamed) return;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (failedStatus > 0 || failing(sc)) return;
            discard();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (failedStatus > 0 || failing(sc)) return;
            discard();
            super.sendError(sc);
        }

        @Override
        public boolean isCommitted() {
            return streamed || super.isCommitted();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) writer.flush();
            flushOut(); // while held back, nothing is committed yet
        }

        @Override
        public void resetBuffer() {
            if (streamed) {
                super.resetBuffer(); // IllegalStateException, as for any committed response
                return;
            }
            discard();
            written = 0;
        }

        @Override
        public void reset() {
            if (streamed) {
                super.reset();
                return;
            }
            discard();
            written = 0;
            failedStatus = 0;
            super.reset();
        }

        @Override public void setContentLength(int len) { if (failedStatus == 0 && !streamed) super.setContentLength(len); }

        @Override public void setContentLengthLong(long len) { if (failedStatus == 0 && !streamed) super.setContentLengthLong(len); }

        @Override public void setContentType(String type) { if (failedStatus == 0 && !streamed) super.setContentType(type); }

        @Override public void setCharacterEncoding(String enc) { if (failedStatus == 0 && !streamed) super.setCharacterEncoding(enc); }

        @Override public void setHeader(String name, String value) { if (failedStatus == 0 && !streamed) super.setHeader(name, value); }

        @Override public void addHeader(String name, String value) { if (failedStatus == 0 && !streamed) super.addHeader(name, value); }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) stream = new Stream(this);
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
            }
            return writer;
        }
    }

    private static final class Stream extends ServletOutputStream {
        private final Guarded owner;

        Stream(Guarded owner) {
            this.owner = owner;
        }

        private final byte[] one = new byte[1];

        @Override
        public void write(int b) throws IOException {
            one[0] = (byte) b;
            owner.write(one, 0, 1);
        }

        @Override public void write(byte[] b, int off, int len) throws IOException { owner.write(b, off, len); }

        // As Jetty's own stream does: text in the response's character encoding (the servlet default
        // accepts ISO-8859-1 only, and Fuseki prints its error messages, Chinese included, this way).
        @Override
        public void print(String s) throws IOException {
            String text = s == null ? "null" : s;
            String enc = owner.getCharacterEncoding();
            byte[] bytes = text.getBytes(enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc));
            owner.write(bytes, 0, bytes.length);
        }

        @Override
        public void println(String s) throws IOException {
            print((s == null ? "null" : s) + "\r\n");
        }

        @Override public void flush() throws IOException { owner.flushOut(); }

        @Override public void close() throws IOException { owner.flushOut(); } // the filter ends the response

        @Override public boolean isReady() { return true; }

        @Override public void setWriteListener(WriteListener writeListener) {
            throw new IllegalStateException("asynchronous writing is not supported here");
        }
    }
}
