using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Tests.Documents.HtmlPages;

namespace KnowledgeGraph.Benchmarks.WebPages;

/// <summary>
/// <c>web-pages</c>: how well saved article pages read, layout by layout (the CMS layouts of
/// <c>tests/KnowledgeGraph.Core.Tests/Documents/HtmlPages</c>, each filled with the articles
/// written for the tests, then with the seeds). For each reader (ours, SmartReader, and the two
/// combined) it prints the share of article characters kept, the share of furniture characters
/// dropped, and how many pages have the title, date, source and author right and the text
/// exactly as expected; for the seeds also the Jaccard similarity of the extracted entity set
/// (type and name) with that of the plain-text seed.
/// </summary>
internal static class WebPageReading
{
    public static int Run(Arguments args)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var root = Arguments.RepositoryRoot;
        var pages = SavedPages.Load(Path.Combine(root, "tests/KnowledgeGraph.Core.Tests/Documents/HtmlPages"), Path.Combine(root, "seeds"));
        IPageReader[] readers = args.Get("smartreader") == "0"
            ? [new HandWrittenReader()]
            : [new HandWrittenReader(), new SmartReaderReader(), new CombinedReader()];
        var thresholds = new Thresholds(args.Number("min-kept", 0), args.Number("min-dropped", 0), args.Number("min-jaccard", 0), args.Get("require-metadata") == "1");

        Console.WriteLine("Articles written for the tests, in each layout (round 1: written with the loader; 2, 3: written after its rules, see README)");
        Console.WriteLine($"{"layout",-22} {"reader",-48} {"pages",5} {"kept",7} {"dropped",8} {"title",6} {"date",6} {"source",6} {"author",6} {"exact",6}");
        var failed = false;
        foreach (var layout in pages.Layouts)
        {
            foreach (var reader in readers)
            {
                var score = new LayoutScore();
                foreach (var article in pages.Articles)
                {
                    score.Add(reader, pages.Build(layout, article), article);
                }

                Console.WriteLine(score.Line(LayoutName(layout), reader));
                failed |= reader is HandWrittenReader && !thresholds.Met(score, null);
            }
        }

        Console.WriteLine();
        Console.WriteLine("Seeds in each layout: text and metadata as above; entity Jaccard (type+name) with the plain-text seed, min and mean");
        var extractor = new DocumentExtractor(JiebaSegmenter.Load(), Gazetteer.Load(), ExtractionVocabulary.Load());
        var plain = pages.Seeds.ToDictionary(seed => seed.Name, seed => Entities(extractor, LoadSeed(root, seed)));
        Console.WriteLine($"{"layout",-22} {"reader",-48} {"pages",5} {"kept",7} {"dropped",8} {"title",6} {"date",6} {"source",6} {"author",6} {"exact",6} {"J min",6} {"J mean",6}");
        foreach (var layout in pages.Layouts)
        {
            foreach (var reader in readers)
            {
                var score = new LayoutScore();
                var jaccard = new List<double>();
                foreach (var seed in pages.Seeds)
                {
                    var read = score.Add(reader, pages.Build(layout, seed), seed);
                    jaccard.Add(Jaccard(plain[seed.Name], Entities(extractor, read)));
                }

                Console.WriteLine(score.Line(LayoutName(layout), reader) + string.Create(CultureInfo.InvariantCulture, $" {jaccard.Min(),6:0.000} {jaccard.Average(),6:0.000}"));
                failed |= reader is HandWrittenReader && !thresholds.Met(score, jaccard.Min());
            }
        }

        Console.WriteLine();
        Console.WriteLine("Time to read every page above (articles and seeds), best of 3 rounds, one thread");
        var all = pages.ArticlePages().Concat(pages.SeedPages()).ToList();
        double? ours = null;
        foreach (var reader in readers)
        {
            var best = Enumerable.Range(0, 3).Min(_ =>
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                foreach (var page in all)
                {
                    reader.Read(page.Layout + ".html", page.Bytes);
                }

                return watch.Elapsed.TotalMilliseconds;
            });
            ours ??= best;
            var bytes = all.Sum(page => page.Bytes.Length) / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{reader.Name,-48} {all.Count} pages, {bytes:0.0} MB: {best / all.Count,6:0.00} ms a page, {bytes / (best / 1000),5:0.0} MB/s, {best / ours.Value,5:0.00}x ours"));
        }

        TimeLargePages(pages, (args.Get("large-mb") ?? "1,4").Split(',').Select(mb => double.Parse(mb, CultureInfo.InvariantCulture)));

        if (failed)
        {
            Console.WriteLine($"FAILED: the hand-written reader is below {thresholds}");
            return 1;
        }

        return 0;
    }

    /// <summary>One page holding the seeds over and over, to see that reading grows linearly with the page.</summary>
    private static void TimeLargePages(SavedPages pages, IEnumerable<double> sizes)
    {
        Console.WriteLine();
        Console.WriteLine("One large page (the seeds repeated in the committee news layout), best of 3 rounds");
        var layout = pages.Layouts.First(l => l.Name == "cppcc-news");
        var seeds = string.Join("\n\n", pages.Seeds.Select(seed => seed.Body));
        foreach (var megabytes in sizes)
        {
            var copies = Math.Max(1, (int)Math.Round(megabytes * 1048576 / Encoding.UTF8.GetByteCount(seeds)));
            var article = pages.Seeds[0] with { Body = string.Join("\n\n", Enumerable.Repeat(seeds, copies)) };
            var page = pages.Build(layout, article);
            var best = Enumerable.Range(0, 3).Min(_ =>
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                new HtmlLoader().Load("large.html", page.Bytes);
                return watch.Elapsed.TotalSeconds;
            });
            var size = page.Bytes.Length / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,5:0.0} MB: {best:0.00} s, {size / best:0.0} MB/s"));
        }
    }

    private static string LayoutName(PageLayout layout) => $"{layout.Name} ({layout.Round})";

    private static LoadedDocument LoadSeed(string root, PageArticle seed) =>
        new DocumentReader().TryLoad(Path.Combine(root, "seeds", seed.Name + ".txt")) as LoadedDocument
        ?? throw new InvalidOperationException($"cannot read seed {seed.Name}");

    private static HashSet<(string Label, string Name)> Entities(DocumentExtractor extractor, LoadedDocument document) =>
        extractor.Extract(new SourceDocument("doc:web-pages", Path.GetFileName(document.Path), "0", document)).Nodes
            .Select(node => (node.Label, node.Name))
            .ToHashSet();

    private static double Jaccard(HashSet<(string, string)> a, HashSet<(string, string)> b) =>
        a.Count + b.Count == 0 ? 1 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private sealed record Thresholds(double Kept, double Dropped, double Jaccard, bool Metadata)
    {
        public bool Met(LayoutScore score, double? jaccard) =>
            score.Kept >= Kept && score.Dropped >= Dropped && (jaccard ?? 1) >= Jaccard
            && (!Metadata || (score.Titles == score.Pages && score.Dates == score.Pages));

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"kept {Kept}, dropped {Dropped}, Jaccard {Jaccard}{(Metadata ? ", title and date on every page" : "")}");
    }

    private sealed class LayoutScore
    {
        private readonly List<(double Kept, double Dropped)> _shares = [];

        public int Pages => _shares.Count;

        public double Kept => _shares.Min(s => s.Kept);

        public double Dropped => _shares.Min(s => s.Dropped);

        public int Titles { get; private set; }

        public int Dates { get; private set; }

        public int Sources { get; private set; }

        public int Authors { get; private set; }

        public int Exact { get; private set; }

        public LoadedDocument Add(IPageReader reader, SavedPage page, PageArticle article)
        {
            var read = reader.Read(page.Layout + ".html", page.Bytes);
            var html = TextDecoding.Decode(page.Bytes).Text;
            _shares.Add(ArticleScore.Score(html, page.ExpectedText, read.Text));
            var expected = page.ExpectedMetadata;
            Titles += read.Metadata?.Title == expected.Title ? 1 : 0;
            Dates += reader.DateIsRight(read, expected.Date, expected.Date is null ? null : article.Date) ? 1 : 0;
            Sources += read.Metadata?.Source == expected.Source ? 1 : 0;
            Authors += read.Metadata?.Author == expected.Author ? 1 : 0;
            Exact += read.Text == page.ExpectedText ? 1 : 0;
            return read;
        }

        public string Line(string layout, IPageReader reader) => string.Create(CultureInfo.InvariantCulture,
            $"{layout,-22} {reader.Name,-48} {Pages,5} {Kept,7:0.000} {Dropped,8:0.000} {Ratio(Titles),6} {Ratio(Dates),6} {Ratio(Sources),6} {Ratio(Authors),6} {Ratio(Exact),6}");

        private string Ratio(int count) => $"{count}/{Pages}";
    }
}
