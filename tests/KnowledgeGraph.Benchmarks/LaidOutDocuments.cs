using System.Globalization;
using KnowledgeGraph.Core.Extraction.Evaluation;
using KnowledgeGraph.Core.Tests.Documents.Producers;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>extraction-eval --format pdf --layout official|session|epaper|page</c>: the tune documents of a set
/// read from PDFs instead of their texts. Each tune document's text is read in place, laid out
/// (<see cref="PublishedLayouts"/>, or the simple page of <see cref="HtmlPages"/> for
/// <c>page</c>) with the document's annotated title as its title line and its annotated issuer and
/// date in the furniture where the genre prints them (a 公文's red header and seal line), and printed by Chromium as <c>{key}.pdf</c> into a
/// temporary folder, deleted afterwards. Test-half documents are never laid out or read.
/// </summary>
internal sealed class LaidOutDocuments : IDisposable
{
    private LaidOutDocuments(string folder, AnnotationSet tuneSet)
    {
        Folder = folder;
        TuneSet = tuneSet;
    }

    /// <summary>The folder holding <c>{key}.pdf</c> for every tune document that has a text.</summary>
    public string Folder { get; }

    /// <summary>The set's tune documents alone.</summary>
    public AnnotationSet TuneSet { get; }

    public static LaidOutDocuments Make(AnnotationSet set, string textsFolder, string layout)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kg-laid-out-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var tune = set.Documents.Where(d => d.Split == Splits.Tune).ToList();
        foreach (var gold in tune)
        {
            var text = Path.Combine(textsFolder, gold.Key + ".txt");
            if (File.Exists(text))
            {
                // The annotated title is printed as the title, above the text as it was collected
                // (web pages' texts often open with chrome, which a printed document does not).
                var body = File.ReadAllText(text);
                Print(folder, gold, layout == "page" || gold.Title is null ? body : gold.Title + "\n" + body, layout);
            }
        }

        return new LaidOutDocuments(folder, set with { Documents = tune });
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static void Print(string folder, AnnotatedDocument gold, string text, string layout)
    {
        if (layout == "page")
        {
            var html = Path.Combine(folder, gold.Key + ".html");
            File.WriteAllText(html, HtmlPages.FromText(text, gold.Key, PageStyle.Serif));
            DocumentProducers.PrintWithChromium(html, Path.Combine(folder, gold.Key + ".pdf"), headerAndFooter: true);
            File.Delete(html);
            return;
        }

        var kind = layout switch
        {
            "official" => PublishedLayout.OfficialDocument,
            "session" => PublishedLayout.SessionReport,
            "epaper" => PublishedLayout.EPaper,
            _ => throw new ArgumentException($"--layout expects official, session, epaper or page, got '{layout}'"),
        };
        ProducedFiles.PrintLayout(folder, gold.Key, text, kind, Frame(gold));
    }

    // The annotated issuer and date where the set has them; the layout's own issuer and no date otherwise.
    private static LayoutFrame Frame(AnnotatedDocument gold)
    {
        var frame = LayoutFrame.Default with { Date = null };
        if (gold.Issuer is { Length: > 0 } issuer)
        {
            frame = frame with { Issuer = issuer };
        }

        if (DateOnly.TryParseExact(gold.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            frame = frame with { Date = date };
        }

        return frame;
    }
}
