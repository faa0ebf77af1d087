using System.Globalization;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Tests.Documents.Producers;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// How well PDF and Word files read against the plain text they were made from. Each source (the
/// seeds, and the first documents of a corpus folder read in place) is laid out as a page
/// (<see cref="HtmlPages"/>) and made into files by real producers in a temporary folder: PDFs
/// printed by Chromium with its header and footer in Noto Sans and Noto Serif CJK SC, and without
/// them in Sans; docx and pdf by LibreOffice; docx by pandoc from the text read as Markdown; and PDFs
/// in the layouts committees publish (<see cref="PublishedLayouts"/>: a 公文, a session report with
/// its cover, an e-paper page), whose frame adds lines of its own. Each file is loaded and extracted
/// as <c>ingest -- extract</c> does, and compared with the text version: the Jaccard of the
/// entity sets (type and name), whether the passages' texts are the same after whitespace (and
/// which differ), and how many radical, compatibility, ligature or look-alike punctuation code
/// points are left in the passages. Chromium's PDFs with header and footer and LibreOffice's PDFs
/// are also read with the loader as it was before layout reading and folding (PdfPig's XY cut):
/// its Jaccard, and how many such code points its text holds (the normalizer now folds them on
/// the way to the passages, so that count is taken before it).
/// </summary>
internal static class FormatFidelity
{
    private const int ShownDifferences = 3;

    public static int Run(Arguments args)
    {
        var root = Arguments.RepositoryRoot;
        var corpus = args.Get("corpus") ?? Path.Combine(root, "..", "shared", "corpus", "gov-reports-2026");
        var count = (int)args.Number("documents", 5);
        var minimum = args.Number("min-jaccard", 0);
        var sources = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (Directory.Exists(corpus))
        {
            sources.AddRange(Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Take(count));
        }
        else
        {
            Console.WriteLine($"no corpus at {corpus}: the seeds only");
        }

        var documents = sources.Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path))).ToList();
        var extractor = new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load());
        var references = documents.Select(d => Read(extractor, d.Name, new LoadedDocument(d.Name, d.Text, "txt", "utf-8"))).ToList();

        var variants = new List<(string Format, string Producer, Func<int, string> Make, bool Baseline)>
        {
            ("pdf", "chromium sans, header+footer", i => ProducedFiles.ChromiumPdf(documents[i].Name, documents[i].Text, PageStyle.Sans, true), true),
            ("pdf", "chromium serif, header+footer", i => ProducedFiles.ChromiumPdf(documents[i].Name, documents[i].Text, PageStyle.Serif, true), false),
            ("pdf", "chromium sans, no header", i => ProducedFiles.ChromiumPdf(documents[i].Name, documents[i].Text, PageStyle.Sans, false), false),
            ("docx", "libreoffice", i => ProducedFiles.LibreOffice(documents, PageStyle.Serif, "docx")[i], false),
            ("pdf", "libreoffice", i => ProducedFiles.LibreOffice(documents, PageStyle.Serif, "pdf")[i], true),
            ("docx", "pandoc", i => ProducedFiles.PandocDocx(documents[i].Name, documents[i].Text), false),
            ("pdf", "chromium, 公文 layout", i => ProducedFiles.LayoutPdf(documents[i].Name, documents[i].Text, PublishedLayout.OfficialDocument, LayoutFrame.Default), false),
            ("pdf", "chromium, session report with cover", i => ProducedFiles.LayoutPdf(documents[i].Name, documents[i].Text, PublishedLayout.SessionReport, LayoutFrame.Default), false),
            ("pdf", "chromium, e-paper in four columns", i => ProducedFiles.LayoutPdf(documents[i].Name, documents[i].Text, PublishedLayout.EPaper, LayoutFrame.Default), false),
        };

        var failed = false;
        foreach (var (format, producer, make, baseline) in variants)
        {
            Console.WriteLine();
            Console.WriteLine($"== {format} by {producer}");
            Console.WriteLine("document                                  entities txt/file  Jaccard  passages equal  folded left" + (baseline ? "  baseline Jaccard  baseline glyphs" : ""));
            var jaccards = new List<double>();
            var equal = 0;
            var foldedLeft = 0;
            var differences = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var file = make(i);
                var loaded = new DocumentReader().TryLoad(file) as LoadedDocument
                    ?? throw new InvalidOperationException($"{file} did not load");
                var reading = Read(extractor, documents[i].Name, loaded);
                var jaccard = Jaccard(references[i].Entities, reading.Entities);
                var (onlyText, onlyFile) = Differences(references[i].Passages, reading.Passages);
                var folded = reading.Passages.Sum(GlyphFolding.CountFolded);
                jaccards.Add(jaccard);
                equal += onlyText.Count + onlyFile.Count == 0 ? 1 : 0;
                foldedLeft += folded;
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{Short(documents[i].Name),-40}  {references[i].Entities.Count,4}/{reading.Entities.Count,-4}         {jaccard,6:0.000}  {(onlyText.Count + onlyFile.Count == 0 ? "yes" : $"no ({onlyText.Count}/{onlyFile.Count})"),-14}  {folded,11}");
                if (baseline)
                {
                    var oldText = BaselinePdfLoader.Load(file);
                    var old = Read(extractor, documents[i].Name, oldText);
                    line += string.Create(CultureInfo.InvariantCulture, $"  {Jaccard(references[i].Entities, old.Entities),16:0.000}  {GlyphFolding.CountFolded(oldText.Text),15}");
                }

                Console.WriteLine(line);
                differences.AddRange(references[i].Entities.Except(reading.Entities).Take(ShownDifferences).Select(e => $"  {Short(documents[i].Name)} - entity of the text only: {e}"));
                differences.AddRange(reading.Entities.Except(references[i].Entities).Take(ShownDifferences).Select(e => $"  {Short(documents[i].Name)} + entity of the {format} only: {e}"));
                differences.AddRange(onlyText.Take(ShownDifferences).Select(p => $"  {Short(documents[i].Name)} - text only: {Clip(p)}"));
                differences.AddRange(onlyFile.Take(ShownDifferences).Select(p => $"  {Short(documents[i].Name)} + {format} only: {Clip(p)}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summary: Jaccard min {jaccards.Min():0.000} mean {jaccards.Average():0.000}; passages equal {equal}/{documents.Count}; folded code points left {foldedLeft}"));
            differences.ForEach(Console.WriteLine);
            failed |= jaccards.Min() < minimum;
        }

        if (failed)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: a Jaccard below {minimum}"));
        }

        return failed ? 1 : 0;
    }

    private sealed record Reading(HashSet<string> Entities, List<string> Passages);

    private static Reading Read(DocumentExtractor extractor, string name, LoadedDocument loaded)
    {
        var graph = extractor.Extract(new SourceDocument("doc:formats", name, "0", loaded));
        return new Reading(
            graph.Nodes.Select(n => n.Label + ":" + n.Name).ToHashSet(StringComparer.Ordinal),
            graph.Passages.Select(p => string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c)))).ToList());
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 1 : (double)a.Intersect(b).Count() / union;
    }

    /// <summary>Passages of each side that the other lacks, by the longest common subsequence.</summary>
    private static (List<string> OnlyText, List<string> OnlyFile) Differences(List<string> text, List<string> file)
    {
        var lengths = new int[text.Count + 1, file.Count + 1];
        for (var i = text.Count - 1; i >= 0; i--)
        {
            for (var j = file.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = text[i] == file[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var (onlyText, onlyFile) = (new List<string>(), new List<string>());
        int a = 0, b = 0;
        while (a < text.Count && b < file.Count)
        {
            if (text[a] == file[b])
            {
                a++;
                b++;
            }
            else if (lengths[a + 1, b] >= lengths[a, b + 1])
            {
                onlyText.Add(text[a++]);
            }
            else
            {
                onlyFile.Add(file[b++]);
            }
        }

        onlyText.AddRange(text.Skip(a));
        onlyFile.AddRange(file.Skip(b));
        return (onlyText, onlyFile);
    }

    private static string Short(string name) => name.Length <= 40 ? name : name[..37] + "...";

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
