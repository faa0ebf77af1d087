using System.Collections.Concurrent;
using System.Text;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>
/// PDF and Word files made from texts by the real producers, once per test run: each file is
/// made the first time it is asked for, in a temporary folder deleted when the process ends, and
/// the same path is handed to every later caller. Files are only ever read after they are made.
/// </summary>
internal static class ProducedFiles
{
    private static readonly Lazy<string> LazyRoot = new(CreateRoot);
    private static readonly ConcurrentDictionary<string, Lazy<string>> Files = new(StringComparer.Ordinal);
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A folder of its own under the run's folder.</summary>
    public static string NewFolder(string name)
    {
        var folder = Path.Combine(LazyRoot.Value, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The text laid out as a page (<see cref="HtmlPages"/>) and printed by Chromium.</summary>
    public static string ChromiumPdf(string name, string text, PageStyle style, bool headerAndFooter) =>
        Get($"chromium|{name}|{style}|{headerAndFooter}", () =>
        {
            var folder = NewFolder("chromium");
            var html = WritePage(folder, name, text, style);
            var pdf = Path.Combine(folder, name + ".pdf");
            DocumentProducers.PrintWithChromium(html, pdf, headerAndFooter);
            return pdf;
        });

    /// <summary>A page written here (not laid out from text) printed by Chromium, without header and footer.</summary>
    public static string ChromiumHtmlPdf(string name, string html) =>
        Get($"chromium-html|{name}", () =>
        {
            var folder = NewFolder("chromium");
            var page = Path.Combine(folder, name + ".html");
            File.WriteAllText(page, html, Utf8);
            var pdf = Path.Combine(folder, name + ".pdf");
            DocumentProducers.PrintWithChromium(page, pdf, headerAndFooter: false);
            return pdf;
        });

    /// <summary>The text laid out in a published layout (<see cref="PublishedLayouts"/>) and printed by Chromium without its header and footer.</summary>
    public static string LayoutPdf(string name, string text, PublishedLayout layout, LayoutFrame frame) =>
        Get($"layout|{layout}|{name}|{frame}", () => PrintLayout(NewFolder("layout"), name, text, layout, frame));

    /// <summary>The same, printed into <paramref name="folder"/> as <c>{name}.pdf</c> (not kept for later callers).</summary>
    public static string PrintLayout(string folder, string name, string text, PublishedLayout layout, LayoutFrame frame)
    {
        var page = Path.Combine(folder, name + ".html");
        File.WriteAllText(page, PublishedLayouts.Html(layout, text, frame), Utf8);
        var pdf = Path.Combine(folder, name + ".pdf");
        DocumentProducers.PrintWithChromium(page, pdf, headerAndFooter: false);
        File.Delete(page);
        return pdf;
    }

    /// <summary>
    /// A scanned page: the text laid out as a page (<see cref="HtmlPages"/>), photographed by
    /// Chromium as a PNG and that picture alone printed to PDF, so the PDF has no text layer.
    /// </summary>
    public static string ScannedPdf(string name, string text) =>
        Get($"scanned|{name}", () =>
        {
            var folder = NewFolder("scanned");
            var page = WritePage(folder, name, text, PageStyle.Serif);
            var png = Path.Combine(folder, name + ".png");
            DocumentProducers.ScreenshotWithChromium(page, png, 1240, 1754);
            var picture = Path.Combine(folder, name + "-scan.html");
            File.WriteAllText(picture, $"<!DOCTYPE html><html><head><style>@page {{ size: A4; margin: 0; }} body {{ margin: 0; }} img {{ display: block; width: 210mm; }}</style></head><body><img src=\"{Path.GetFileName(png)}\"></body></html>", Utf8);
            var pdf = Path.Combine(folder, name + ".pdf");
            DocumentProducers.PrintWithChromium(picture, pdf, headerAndFooter: false);
            return pdf;
        });

    /// <summary>The texts laid out as pages and converted by one LibreOffice run to <paramref name="format"/> (docx or pdf, the pdf by way of the docx).</summary>
    public static IReadOnlyList<string> LibreOffice(IReadOnlyList<(string Name, string Text)> documents, PageStyle style, string format)
    {
        var key = $"libreoffice|{format}|{style}|{string.Join('|', documents.Select(d => d.Name))}";
        var joined = Get(key, () =>
        {
            var folder = NewFolder("libreoffice");
            if (format == "pdf")
            {
                return string.Join('\n', DocumentProducers.ConvertWithLibreOffice(LibreOffice(documents, style, "docx"), "pdf", folder));
            }

            var pages = documents.Select(d => WritePage(folder, d.Name, d.Text, style)).ToList();
            return string.Join('\n', DocumentProducers.ConvertWithLibreOffice(pages, "docx", folder));
        });
        return joined.Split('\n');
    }

    /// <summary>
    /// The text read by pandoc as Markdown, each line break kept (<c>hard_line_breaks</c>) and
    /// quotes as written (<c>-smart</c>), and converted to docx: its <c>#</c> lines become headings, blank lines separate paragraphs.
    /// (Pandoc would drop the page layout's spacing and indents, so it is given the text itself.)
    /// </summary>
    public static string PandocDocx(string name, string text) =>
        Get($"pandoc|{name}", () =>
        {
            var folder = NewFolder("pandoc");
            var markdown = Path.Combine(folder, name + ".md");
            File.WriteAllText(markdown, text, Utf8);
            var docx = Path.Combine(folder, name + ".docx");
            DocumentProducers.ConvertWithPandoc(markdown, "markdown+hard_line_breaks-smart", docx);
            return docx;
        });

    /// <summary>A page written here (not laid out from text) converted by LibreOffice to <paramref name="format"/>.</summary>
    public static string LibreOfficeHtml(string name, string html, string format) =>
        Get($"libreoffice-html|{format}|{name}", () =>
        {
            var folder = NewFolder("libreoffice");
            var page = Path.Combine(folder, name + ".html");
            File.WriteAllText(page, html, Utf8);
            var docx = DocumentProducers.ConvertWithLibreOffice([page], "docx", folder);
            return (format == "docx" ? docx : DocumentProducers.ConvertWithLibreOffice(docx, "pdf", folder))[0];
        });

    /// <summary>A page written here converted to docx by pandoc.</summary>
    public static string PandocHtml(string name, string html) =>
        Get($"pandoc-html|{name}", () =>
        {
            var folder = NewFolder("pandoc");
            var page = Path.Combine(folder, name + ".html");
            File.WriteAllText(page, html, Utf8);
            var docx = Path.Combine(folder, name + ".docx");
            DocumentProducers.ConvertWithPandoc(page, "html", docx);
            return docx;
        });

    private static string WritePage(string folder, string name, string text, PageStyle style)
    {
        var html = Path.Combine(folder, name + ".html");
        File.WriteAllText(html, HtmlPages.FromText(text, name, style), Utf8);
        return html;
    }

    private static string Get(string key, Func<string> make) =>
        Files.GetOrAdd(key, _ => new Lazy<string>(make, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"kg-produced-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A producer still holding a file: the system's temp cleaning takes it.
            }
        };
        return root;
    }
}
