package dev.entente.parser.input;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page, as archives hold them, to its text: one line per block element, scripts
 * and styles dropped, entities resolved (jsoup's HTML5 parser does the reading).
 */
public final class HtmlText {
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)\\A\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<div|<p[\\s>])");
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2",
      "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "blockquote", "pre", "dd", "dt",
      "title");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\u00A0]+");

  private HtmlText() {}

  /** Whether the text opens as an HTML page (a doctype, {@code <html>}, {@code <body>}, a block tag…). */
  public static boolean isPage(String text) {
    return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
  }

  /** The text of an HTML page with one line per block element, ending in a newline. */
  public static String reduce(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template, svg").remove();
    StringBuilder text = new StringBuilder();
    Element root = page.body() != null ? page.body() : page;
    String title = page.title();
    if (!title.isBlank() && root.select("h1").isEmpty()) {
      text.append(title.strip()).append('\n');
    }
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          String s = SPACES.matcher(textNode.getWholeText()).replaceAll(" ");
          if (text.length() == 0 || text.charAt(text.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          text.append(s);
        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          newline(text);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          newline(text);
        }
      }
    });
    return text.toString().strip() + "\n";
  }

  private static void newline(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end > 0 && text.charAt(end - 1) != '\n') {
      text.append('\n');
    }
  }
}
