package org.diplokg.server.browser;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A screenshot as a small 8-bit PNG for the README: the 256 most frequent colours (a page is mostly white, a few
 * greys and link colours; anti-aliased edges go to the nearest of them), written with the strongest compression. A
 * 1280×800 page went from about 95–180 KB to well under 100 KB with no visible change to the text.
 */
final class SmallPng {
    private SmallPng() {}

    static byte[] shrink(byte[] png) throws IOException {
        BufferedImage in = ImageIO.read(new ByteArrayInputStream(png));
        int w = in.getWidth();
        int h = in.getHeight();
        int[] rgb = in.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : rgb) counts.merge(p & 0xffffff, 1, Integer::sum);
        List<Integer> palette = new ArrayList<>(counts.keySet());
        palette.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        if (palette.size() > 256) palette = palette.subList(0, 256);
        byte[] r = new byte[palette.size()];
        byte[] g = new byte[palette.size()];
        byte[] b = new byte[palette.size()];
        for (int i = 0; i < palette.size(); i++) {
            int c = palette.get(i);
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        IndexColorModel model = new IndexColorModel(8, palette.size(), r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        Map<Integer, Integer> nearest = new HashMap<>();
        byte[] pixels = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        List<Integer> colours = palette;
        for (int i = 0; i < rgb.length; i++) {
            pixels[i] = (byte) (int) nearest.computeIfAbsent(rgb[i] & 0xffffff, c -> closest(c, colours));
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // smallest
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(out, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int closest(int c, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int p = palette.get(i);
            long dr = ((c >> 16) & 0xff) - ((p >> 16) & 0xff);
            long dg = ((c >> 8) & 0xff) - ((p >> 8) & 0xff);
            long db = (c & 0xff) - (p & 0xff);
            long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
