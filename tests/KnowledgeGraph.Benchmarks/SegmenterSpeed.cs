using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// One-thread speed of our segmenter and of python3-jieba on the same text (the seeds repeated
/// to a few MB), default mode with the HMM, best of several rounds; and the memory each holds
/// once loaded.
/// </summary>
internal static class SegmenterSpeed
{
    public static int Run(Arguments args)
    {
        var megabytes = args.Number("mb", 4);
        var rounds = (int)args.Number("rounds", 3);
        var root = Arguments.RepositoryRoot;
        var seedText = string.Join('\n', Segmenters.SeedLines(root));
        var corpus = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(corpus.ToString()) < megabytes * 1024 * 1024)
        {
            corpus.Append(seedText).Append('\n');
        }

        var text = corpus.ToString();
        var file = Path.Combine(Path.GetTempPath(), $"kg-speed-{Environment.ProcessId}.txt");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        try
        {
            var options = Segmenters.Options(withUserDictionary: false);

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var loading = Stopwatch.StartNew();
            var segmenter = JiebaSegmenter.Load(options);
            var loadSeconds = loading.Elapsed.TotalSeconds;
            var heldBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

            var lines = text.Split('\n');
            var spans = new List<WordSpan>(4096);
            var best = double.MaxValue;
            long tokens = 0;
            for (var round = 0; round < rounds; round++)
            {
                tokens = 0;
                var watch = Stopwatch.StartNew();
                foreach (var line in lines)
                {
                    spans.Clear();
                    segmenter.Segment(line, spans);
                    tokens += spans.Count;
                }

                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            GC.KeepAlive(segmenter);

            // Lucene's SmartCn on the same lines (its dictionaries load on first use, so once before timing).
            var smartCn = new SmartCnSegmenter();
            var smartLoading = Stopwatch.StartNew();
            smartCn.Segment("预热一次词典。");
            var smartLoad = smartLoading.Elapsed.TotalSeconds;
            var smartBest = double.MaxValue;
            long smartWords = 0;
            for (var round = 0; round < rounds; round++)
            {
                smartWords = 0;
                var watch = Stopwatch.StartNew();
                foreach (var line in lines)
                {
                    smartWords += smartCn.Segment(line).Count;
                }

                smartBest = Math.Min(smartBest, watch.Elapsed.TotalSeconds);
            }

            var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
            var peer = JiebaPeer.Time(file, rounds, options);

            var chars = lines.Sum(l => (long)l.Length);
            var mb = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
            Console.WriteLine($"Segmenting {mb:F1} MB ({chars:N0} chars, seeds repeated), one thread, default mode + HMM, best of {rounds}");
            Console.WriteLine($"{"segmenter",-16} {"MB/s",8} {"chars/s",12} {"words",10} {"load s",7} {"memory",24}");
            Console.WriteLine($"{"ours (C#)",-16} {mb / best,8:F2} {chars / best,12:N0} {tokens,10:N0} {loadSeconds,7:F2} {$"{heldBytes / 1048576.0:F0} MB held, {peakWorkingSet / 1048576.0:F0} MB peak RSS",24}");
            Console.WriteLine($"{"python3-jieba",-16} {mb / peer.Seconds,8:F2} {peer.Chars / peer.Seconds,12:N0} {peer.Tokens,10:N0} {peer.LoadSeconds,7:F2} {$"{peer.PeakRssBytes / 1048576.0:F0} MB peak RSS",24}");
            Console.WriteLine($"{"SmartCn (Lucene)",-16} {mb / smartBest,8:F2} {chars / smartBest,12:N0} {smartWords,10:N0} {smartLoad,7:F2} {"(same process)",24}");
            Console.WriteLine($"speed ratio (ours / python3-jieba): {peer.Seconds / best:F1}x; ours / SmartCn: {smartBest / best:F1}x");
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
