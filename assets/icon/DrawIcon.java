import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Taktstok's icon: three bars of a chart and a conductor's baton (a "taktstok") over them.
 * {@code java assets/icon/DrawIcon.java assets/icon/taktstok.png}; the installers take that PNG.
 */
void main(String[] args) throws IOException {
    int size = 256;
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1F3A5F));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
    int[] heights = {70, 150, 110};
    Color[] colors = {new Color(0x9CC3E6), new Color(0xF2A541), new Color(0x9CC3E6)};
    for (int i = 0; i < 3; i++) {
        g.setColor(colors[i]);
        g.fill(new RoundRectangle2D.Double(48 + i * 58, 208 - heights[i], 42, heights[i], 8, 8));
    }
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(62, 62, 204, 40));
    g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(196, 41, 210, 39));
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
}
