using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Word-segmentation precision, recall and F1 on the SIGHAN 2005 (icwb2) PKU and MSR test sets,
/// for our segmenter and python3-jieba in the same run, both with jieba's dictionary alone.
/// The test sets are read from outside the repository (evaluation only; never copied here).
/// </summary>
internal static class SighanEvaluation
{
    public static int Run(Arguments args)
    {
        var folder = args.Get("icwb2") ?? Path.Combine(Arguments.RepositoryRoot, "..", "shared", "eval", "icwb2");
        var options = Segmenters.Options(withUserDictionary: false);
        var segmenter = JiebaSegmenter.Load(options);
        Console.WriteLine("SIGHAN 2005 word segmentation (jieba's dictionary, default mode, HMM on)");
        Console.WriteLine($"{"test set",-8} {"segmenter",-14} {"precision",9} {"recall",8} {"F1",8}");
        foreach (var set in new[] { "pku", "msr" })
        {
            var test = Path.Combine(folder, $"{set}_test.utf8");
            var gold = Path.Combine(folder, $"{set}_test_gold.utf8");
            if (!File.Exists(test) || !File.Exists(gold))
            {
                Console.Error.WriteLine($"{set}: {test} or {gold} not found (give --icwb2 DIR)");
                return 1;
            }

            var lines = File.ReadAllLines(test).Select(l => l.TrimEnd('\r')).ToList();
            var goldWords = File.ReadAllLines(gold).Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
            var peerWords = JiebaPeer.Segment(lines, options);
            var ours = new SpanScore();
            var peer = new SpanScore();
            for (var i = 0; i < lines.Count; i++)
            {
                ours.Add(WordSpans.Compare(Segmenters.Words(segmenter, lines[i]), goldWords[i]));
                peer.Add(WordSpans.Compare(peerWords[i], goldWords[i]));
            }

            Console.WriteLine($"{set,-8} {"ours (C#)",-14} {ours.Precision,9:F4} {ours.Recall,8:F4} {ours.F1,8:F4}");
            Console.WriteLine($"{set,-8} {"python3-jieba",-14} {peer.Precision,9:F4} {peer.Recall,8:F4} {peer.F1,8:F4}");
        }

        return 0;
    }
}
