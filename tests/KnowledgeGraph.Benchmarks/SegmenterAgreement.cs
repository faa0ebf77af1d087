using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Token agreement with python3-jieba over the seed documents, line by line, in default mode
/// with the HMM on: once with jieba's dictionary alone, once with our CPPCC user dictionary
/// loaded on both sides. Agreement is the F1 of word spans, taking jieba as the reference.
/// </summary>
internal static class SegmenterAgreement
{
    public static int Run(Arguments args)
    {
        var minimum = args.Number("min", 0);
        var lines = Segmenters.SeedLines(Arguments.RepositoryRoot);
        var failed = false;
        Console.WriteLine($"Agreement with python3-jieba over seeds/ ({lines.Count} lines), default mode, HMM on");
        Console.WriteLine($"{"dictionary",-28} {"jieba words",12} {"precision",9} {"recall",8} {"agreement",10}");
        foreach (var withUser in new[] { false, true })
        {
            var options = Segmenters.Options(withUser);
            var segmenter = JiebaSegmenter.Load(options);
            var reference = JiebaPeer.Segment(lines, options);
            var score = new SpanScore();
            var shown = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var ours = Segmenters.Words(segmenter, lines[i]);
                var counts = WordSpans.Compare(ours, reference[i]);
                score.Add(counts);
                if (counts.Matched != counts.Reference && shown++ < 5)
                {
                    Console.WriteLine($"  differs: jieba [{string.Join(' ', reference[i])}]");
                    Console.WriteLine($"           ours  [{string.Join(' ', ours)}]");
                }
            }

            var name = withUser ? "jieba + CPPCC user dict" : "jieba's dictionary";
            var agreement = 100 * score.F1;
            Console.WriteLine($"{name,-28} {score.Reference,12} {score.Precision * 100,7:F2}% {score.Recall * 100,7:F2}% {agreement,9:F3}%");
            failed |= agreement < minimum;
        }

        if (failed)
        {
            Console.WriteLine($"FAILED: agreement below {minimum}%");
            return 1;
        }

        return 0;
    }
}
