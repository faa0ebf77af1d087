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
        var seeds = Segmenters.SeedLines(Arguments.RepositoryRoot);
        var failed = Compare($"seeds/ ({seeds.Count} lines)", seeds, minimum);
        var random = RandomLines(seeds, count: (int)args.Number("random", 3000), seed: 20261122);
        failed |= Compare($"{random.Count} random lines mixing seed text, rare Han, Latin, numbers, symbols and emoji", random, minimum);
        if (failed)
        {
            Console.WriteLine($"FAILED: agreement below {minimum}%");
            return 1;
        }

        return 0;
    }

    private static bool Compare(string what, IReadOnlyList<string> lines, double minimum)
    {
        var failed = false;
        Console.WriteLine($"Agreement with python3-jieba over {what}, default mode, HMM on");
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

        return failed;
    }

    // Lines that exercise what the seeds do not: decimals and percentages, runs of Latin and
    // digits with + # & . _ % -, full-width forms, ideographic spaces, characters beyond the BMP.
    private static List<string> RandomLines(IReadOnlyList<string> seeds, int count, int seed)
    {
        var random = new Random(seed);
        var fragments = seeds.Where(l => l.Length > 0).ToArray();
        string[] pieces =
        [
            "1.5%", "3.14", "2024年", "12.5亿元", "GDP", "CPPCC", "AT&T", "c++", "C#", "a_b", "x-y", "50%", "v2.0",
            "　", " ", "\t", "，", "。", "“", "”", "《", "》", "·", "—", "…", "Ａ", "１２", "😀", "𠀀", "𬌗", "㐀", "\u00A0",
        ];
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var line = new System.Text.StringBuilder();
            var parts = random.Next(1, 8);
            for (var p = 0; p < parts; p++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        var fragment = fragments[random.Next(fragments.Length)];
                        var start = random.Next(fragment.Length);
                        line.Append(fragment, start, Math.Min(fragment.Length - start, random.Next(1, 40)));
                        break;
                    case 1:
                        line.Append(pieces[random.Next(pieces.Length)]);
                        break;
                    case 2:
                        for (var c = random.Next(1, 6); c > 0; c--)
                        {
                            line.Append((char)random.Next(0x4E00, 0x9FD6));
                        }

                        break;
                    default:
                        line.Append((char)random.Next(0x21, 0x7F));
                        break;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
