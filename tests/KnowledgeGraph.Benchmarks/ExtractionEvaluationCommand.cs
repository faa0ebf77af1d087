using System.Globalization;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Extraction.Evaluation;
using KnowledgeGraph.Core.Places;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>extraction-eval --set PATH.json [--texts DIR] [--half tune|test|all] [--format pdf --layout official|session|epaper|page]</c>: extracts every
/// annotated document of the set from its text in DIR (by default shared/corpus/{set's name} above
/// the repository; without it the command says SKIPPED and exits 0) and prints the figures of <see cref="ExtractionEvaluator"/> for the
/// tune half, the test half and both (only the half named by <c>--half</c> when one is; the tune half alone with <c>--details</c>). <c>--details tune</c> (or a tune document's key) adds what
/// was missed and what was extracted wrongly, for tune documents only: the test half is seen
/// through its aggregate figures alone. <c>--min issuer=0.9,Place.precision=0.93,…</c> exits 1
/// when a figure of the half named by <c>--half</c> (both halves by default) is below its floor (or
/// a document could not be read). <c>--format pdf</c> (with <c>--half tune</c>) reads the tune documents from PDFs
/// printed in a layout (<see cref="LaidOutDocuments"/>) instead of their texts.
/// </summary>
internal static class ExtractionEvaluationCommand
{
    public static int Run(Arguments args)
    {
        var setPath = args.Get("set") ?? throw new ArgumentException("--set PATH.json is required (an annotation file, see ExtractionEvaluation/README.md)");
        var texts = args.Get("texts") ?? SharedCorpus(Path.GetFileNameWithoutExtension(setPath));
        if (texts is null)
        {
            Console.WriteLine($"SKIPPED: no --texts DIR, and no shared/corpus/{Path.GetFileNameWithoutExtension(setPath)} above the repository");
            return 0;
        }

        // Details are read while tuning: asking for them prints the tune half's figures alone unless
        // --half says otherwise, so that a look at the misses never shows the test half's figures.
        var half = args.Get("half") ?? (args.Get("details") is null ? "all" : "tune");
        if (half is not ("tune" or "test" or "all"))
        {
            throw new ArgumentException($"--half expects tune, test or all, got '{half}'");
        }

        var set = AnnotationSet.Load(setPath);
        var floors = ParseFloors(args.Get("min"));
        using var laidOut = LaidOut(args, half, set, texts);
        if (laidOut is not null)
        {
            (set, texts) = (laidOut.TuneSet, laidOut.Folder);
            Console.WriteLine($"reading the tune documents from PDFs laid out as '{args.Get("layout") ?? "page"}' (Chromium)");
        }

        using var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddExtraction().BuildServiceProvider();
        var evaluator = new ExtractionEvaluator(services.GetRequiredService<DocumentExtractor>(), services.GetRequiredService<Gazetteer>());
        var results = evaluator.Run(set, texts);

        foreach (var failed in results.Where(r => r.Problem is not null))
        {
            Console.Error.WriteLine($"{failed.Gold.Key}: {failed.Problem}; left out of the figures");
        }

        var outcomes = results.Where(r => r.Outcome is not null).Select(r => r.Outcome!).ToList();
        var tune = Scorecard.Of(outcomes.Where(o => o.Gold.Split == Splits.Tune).ToList());
        var test = Scorecard.Of(outcomes.Where(o => o.Gold.Split == Splits.Test).ToList());
        var all = Scorecard.Of(outcomes);
        Console.WriteLine($"extraction evaluation: {Path.GetFileName(setPath)} over {texts}: {outcomes.Count} of {set.Documents.Count} documents read ({tune.Documents} tune, {test.Documents} test)");
        Print(half, tune, test, all);

        if (args.Get("miss-kinds") is "yes")
        {
            var tuneOutcomes = outcomes.Where(o => o.Gold.Split == Splits.Tune).ToList();
            var testOutcomes = outcomes.Where(o => o.Gold.Split == Splits.Test).ToList();
            FieldMissKinds.Print(half switch
            {
                "tune" => [("tune", tuneOutcomes)],
                "test" => [("test", testOutcomes)],
                _ => [("tune", tuneOutcomes), ("test", testOutcomes), ("all", outcomes)],
            });
        }

        if (args.Get("details") is { } details)
        {
            PrintDetails(outcomes, details);
        }

        return CheckFloors(half switch { "tune" => tune, "test" => test, _ => all }, half, floors, results.Count(r => r.Problem is not null));
    }

    // --format pdf: the tune documents printed in a layout, read from their PDFs (tune half only).
    private static LaidOutDocuments? LaidOut(Arguments args, string half, AnnotationSet set, string texts)
    {
        switch (args.Get("format"))
        {
            case null or "txt":
                return null;
            case "pdf" when half == "tune":
                return LaidOutDocuments.Make(set, texts, args.Get("layout") ?? "page");
            case "pdf":
                throw new ArgumentException("--format pdf lays out and reads tune documents only: add --half tune");
            default:
                throw new ArgumentException($"--format expects txt or pdf, got '{args.Get("format")}'");
        }
    }

    // The texts of a set named after its corpus folder (gov-reports-2026) in shared/corpus, in the
    // folder above the repository or the one above that, as the other gates find it.
    private static string? SharedCorpus(string name) =>
        new[] { Path.Combine(Arguments.RepositoryRoot, "..", "shared"), Path.Combine(Arguments.RepositoryRoot, "..", "..", "shared") }
            .Select(s => Path.GetFullPath(Path.Combine(s, "corpus", name)))
            .FirstOrDefault(Directory.Exists);

    // The columns of the halves asked for: --half tune prints the tune half alone, so that tuning
    // never shows the test half's figures; --half test the test half; all of them by default.
    private static void Print(string half, Scorecard tune, Scorecard test, Scorecard all)
    {
        var columns = half switch
        {
            "tune" => new[] { ("tune", tune) },
            "test" => [("test", test)],
            _ => [("tune", tune), ("test", test), ("all", all)],
        };

        void Row(string measure, Func<Scorecard, object?> figure) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measure,-26} ") +
                string.Join(" ", columns.Select(c => string.Format(CultureInfo.InvariantCulture, "{0,-22}", figure(c.Item2)))));

        Console.WriteLine($"{"measure",-26} " + string.Join(" ", columns.Select(c => $"{c.Item1,-22}")));
        foreach (var field in Measures.Fields)
        {
            Row(field, card => card.Fields.GetValueOrDefault(field));
        }

        foreach (var item in Measures.Items)
        {
            Row(item + " precision", card => card.Items.GetValueOrDefault(item).Precision);
            Row(item + " recall", card => card.Items.GetValueOrDefault(item).Recall);
        }

        foreach (var detail in Measures.Details)
        {
            Row(detail, card => card.Details.GetValueOrDefault(detail));
        }
    }

    // What went wrong, document by document: tune documents only.
    private static void PrintDetails(List<DocumentOutcome> outcomes, string which)
    {
        var asked = which == Splits.Tune ? outcomes.Where(o => o.Gold.Split == Splits.Tune).ToList() : outcomes.Where(o => o.Gold.Key == which).ToList();
        if (asked.Exists(o => o.Gold.Split != Splits.Tune) || (asked.Count == 0 && which != Splits.Tune))
        {
            Console.Error.WriteLine($"details are printed for tune documents only ('{which}' is not one): the test half is read through its aggregate figures");
            return;
        }

        foreach (var outcome in asked)
        {
            Console.WriteLine();
            Console.WriteLine($"== {outcome.Gold.Key} ({outcome.Gold.Kind})");
            foreach (var (name, field) in outcome.Fields.Where(f => !f.Value.Right))
            {
                Console.WriteLine($"  {name}: gold {field.Gold ?? "null"} | extracted {field.Extracted ?? "null"}");
            }

            foreach (var (name, items) in outcome.Items)
            {
                foreach (var missed in items.Missed)
                {
                    Console.WriteLine($"  missed {name}: {missed}");
                }

                foreach (var spurious in items.Spurious)
                {
                    Console.WriteLine($"  spurious {name}: {spurious}");
                }

                foreach (var unlisted in items.Unlisted)
                {
                    Console.WriteLine($"  unlisted {name}: {unlisted}");
                }
            }

            foreach (var error in outcome.DetailErrors)
            {
                Console.WriteLine($"  wrong {error}");
            }
        }
    }

    private static Dictionary<string, double> ParseFloors(string? text)
    {
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.LastIndexOf('=');
            if (equals <= 0 || !double.TryParse(part[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var floor))
            {
                throw new ArgumentException($"--min expects name=value pairs separated by commas (issuer=0.9,Place.precision=0.93), got '{part}'");
            }

            floors[part[..equals]] = floor;
        }

        return floors;
    }

    private static int CheckFloors(Scorecard all, string half, Dictionary<string, double> floors, int unread)
    {
        if (floors.Count == 0)
        {
            return 0;
        }

        var failed = unread > 0;
        if (unread > 0)
        {
            Console.Error.WriteLine($"FAIL: {unread} annotated document(s) could not be read");
        }

        foreach (var (name, floor) in floors)
        {
            var figure = all.Figure(name);
            if (figure is null)
            {
                Console.Error.WriteLine($"FAIL: no figure named '{name}' (fields: {string.Join(", ", Measures.Fields)}; items as 'Place.precision' or 'Person.recall'; details: {string.Join(", ", Measures.Details)})");
                failed = true;
            }
            else if (figure < floor)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL: {name} {figure:0.000} ({half}) is below its floor {floor:0.000}"));
                failed = true;
            }
        }

        if (!failed)
        {
            Console.WriteLine($"every floor met on {half} ({string.Join(", ", floors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} ≥ {f.Value}")))})");
        }

        return failed ? 1 : 0;
    }
}
