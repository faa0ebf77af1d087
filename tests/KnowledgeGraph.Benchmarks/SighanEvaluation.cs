using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Word-segmentation precision, recall and F1 on the SIGHAN 2005 (icwb2) PKU and MSR test sets,
/// for our segmenter and python3-jieba in the same run, both with jieba's dictionary alone, and
/// for Lucene's SmartCn (its own dictionary), with the time each of ours took.
/// The test sets are read from outside the repository (evaluation only; never copied here).
/// </summary>
internal static class SighanEvaluation
{
    public static int Run(Arguments args)
    {
        var folder = args.Get("icwb2") ?? new[] { Path.Combine(Arguments.RepositoryRoot, "..", "shared", "eval", "icwb2"), Path.Combine(Arguments.RepositoryRoot, "..", "..", "shared", "eval", "icwb2") }.FirstOrDefault(Directory.Exists) ?? Path.Combine(Arguments.RepositoryRoot, "..", "shared", "eval", "icwb2");
        var options = Segmenters.Options(withUserDictionary: false);
        var segmenter = JiebaSegmenter.Load(options);
        Console.WriteLine("SIGHAN 2005 word segmentation (jieba's dictionary, default mode, HMM on)");
        Console.WriteLine($"{"test set",-8} {"segmenter",-14} {"precision",9} {"recall",8} {"F1",8} {"speed",13}");
        var smartCn = new SmartCnSegmenter();
        smartCn.Words("预热一次词典。");
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
            var smart = new SpanScore();
            var jiebaClock = System.Diagnostics.Stopwatch.StartNew();
            var oursWords = lines.Select(l => Segmenters.Words(segmenter, l)).ToList();
            var jiebaSeconds = jiebaClock.Elapsed.TotalSeconds;
            var smartClock = System.Diagnostics.Stopwatch.StartNew();
            var smartWords = lines.Select(smartCn.Words).ToList();
            var smartSeconds = smartClock.Elapsed.TotalSeconds;
            for (var i = 0; i < lines.Count; i++)
            {
                ours.Add(WordSpans.Compare(oursWords[i], goldWords[i]));
                peer.Add(WordSpans.Compare(peerWords[i], goldWords[i]));
                smart.Add(WordSpans.Compare(smartWords[i], goldWords[i]));
            }

            var megabytes = lines.Sum(l => System.Text.Encoding.UTF8.GetByteCount(l)) / 1048576.0;
            Console.WriteLine($"{set,-8} {"ours (C#)",-14} {ours.Precision,9:F4} {ours.Recall,8:F4} {ours.F1,8:F4} {megabytes / jiebaSeconds,8:F1} MB/s");
            Console.WriteLine($"{set,-8} {"python3-jieba",-14} {peer.Precision,9:F4} {peer.Recall,8:F4} {peer.F1,8:F4}");
            Console.WriteLine($"{set,-8} {"SmartCn",-14} {smart.Precision,9:F4} {smart.Recall,8:F4} {smart.F1,8:F4} {megabytes / smartSeconds,8:F1} MB/s");
        }

        return 0;
    }
}
