import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws TalkShelf's icon and writes it for the three installers: talkshelf.png (Linux, 256 px), talkshelf.ico
 * (Windows: 16-256 px, PNG entries) and talkshelf.icns (macOS: 128-1024 px, PNG entries). Run from the project:
 * {@code java src/packaging/IconMaker.java src/packaging}. The outputs are committed; the build only copies them.
 */
public final class IconMaker {
    private static final Color TOP = new Color(0x2B, 0x5C, 0x8A);
    private static final Color BOTTOM = new Color(0x1B, 0x36, 0x5A);
    private static final Color[] SPINES = {new Color(0xF2, 0xB1, 0x34), new Color(0xE8, 0x6A, 0x50), new Color(0x7C, 0xC4, 0xA4)};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("talkshelf.png").toFile());
        Files.write(dir.resolve("talkshelf.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(dir.resolve("talkshelf.icns"), icns());
    }

    /** A rounded blue tile; on its shelf three talk spines, the last one leaning on the others, and a play mark on the first. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        g.setPaint(new GradientPaint(0, 4, TOP, 0, 96, BOTTOM));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new RoundRectangle2D.Double(16, 76, 68, 5, 3, 3)); // the shelf
        double[][] spines = {{22, 26, 17, 50}, {42, 34, 13, 42}, {63.5, 40, 11, 36}};
        for (int i = 0; i < spines.length; i++) {
            double[] s = spines[i];
            Graphics2D spine = (Graphics2D) g.create();
            if (i == 2) {
                spine.rotate(Math.toRadians(-12), s[0], s[1] + s[3]); // leans on the middle one
            }
            spine.setColor(SPINES[i]);
            spine.fill(new RoundRectangle2D.Double(s[0], s[1], s[2], s[3], 4, 4));
            spine.setColor(new Color(0, 0, 0, 40));
            spine.setStroke(new BasicStroke(1.2f));
            spine.draw(new RoundRectangle2D.Double(s[0] + 3, s[1] + 6, s[2] - 6, 0.1, 0.1, 0.1));
            spine.dispose();
        }
        Path2D play = new Path2D.Double();
        play.moveTo(26.5, 44);
        play.lineTo(35.5, 51);
        play.lineTo(26.5, 58);
        play.closePath();
        g.setColor(Color.WHITE);
        g.fill(play);
        g.dispose();
        return image;
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICO: a directory of PNG-compressed entries (Windows Vista and later read PNG entries of any size). */
    private static byte[] ico(int[] sizes) throws IOException {
        byte[][] pngs = new byte[sizes.length][];
        int total = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            pngs[i] = png(sizes[i]);
            total += pngs[i].length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            b.put((byte) (sizes[i] % 256)).put((byte) (sizes[i] % 256)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] p : pngs) {
            b.put(p);
        }
        return b.array();
    }

    /** ICNS: big-endian chunks; ic07/ic08/ic09/ic10 hold PNGs of 128, 256, 512 and 1024 px. */
    private static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunks);
        for (int i = 0; i < types.length; i++) {
            byte[] p = png(sizes[i]);
            c.writeBytes(types[i]);
            c.writeInt(8 + p.length);
            c.write(p);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.writeBytes("icns");
        a.writeInt(8 + chunks.size());
        a.write(chunks.toByteArray());
        return all.toByteArray();
    }
}
