using System.Diagnostics;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// What learning word associations costs on a data folder's passages: their words are cut first
/// (as the topic refresh cuts them, on every core, not timed with the rest), then counted
/// (<see cref="Cooccurrence"/>, one thread, as the ingest does) and learned
/// (<see cref="CooccurrenceAssociations"/>). The index is only read.
/// </summary>
internal static class AssociationSpeed
{
    public static int Run(Arguments args)
    {
        var data = args.Get("data") ?? throw new ArgumentException("--data DIR is required");
        var limit = (int)args.Number("passages", int.MaxValue);
        var budget = (int)args.Number("max-pairs", Cooccurrence.DefaultMaxPairs);
        var words = TopicWords.Load(JiebaSegmenter.Load());

        using var directory = FSDirectory.Open(PassageIndex.FolderIn(data));
        using var reader = DirectoryReader.Open(directory);
        var clock = Stopwatch.StartNew();
        var texts = new List<(string Id, string Text)>();
        var entities = new List<IReadOnlyList<string>>();
        var fields = new HashSet<string>(PassageEntity.IdFields) { PassageFields.Id, PassageFields.Text };
        var live = MultiFields.GetLiveDocs(reader);
        for (var i = 0; i < reader.MaxDoc && texts.Count < limit; i++)
        {
            if (live is null || live.Get(i))
            {
                var passage = reader.Document(i, fields);
                texts.Add((passage.Get(PassageFields.Id) ?? "", passage.Get(PassageFields.Text) ?? ""));
                entities.Add(PassageEntity.IdsOf(passage));
            }
        }

        var cut = new IReadOnlyList<string>[texts.Count];
        Parallel.For(0, texts.Count, i => cut[i] = words.Of(texts[i].Text));
        Console.WriteLine($"{texts.Count:N0} passages of {data} read and cut in {clock.Elapsed.TotalSeconds:F1} s");

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        clock.Restart();
        var counts = new Cooccurrence(budget);
        for (var i = 0; i < texts.Count; i++)
        {
            counts.Add(texts[i].Id, cut[i]);
        }

        var counting = (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var entityCounts = new Cooccurrence(budget, rememberPassages: false);
        for (var i = 0; i < texts.Count; i++)
        {
            entityCounts.Add(texts[i].Id, entities[i]);
        }

        Console.WriteLine($"entities: {clock.Elapsed.TotalSeconds:F1} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} CPU s); " +
            $"{entityCounts.Vocabulary:N0} entities, {entityCounts.PairCount:N0} pairs kept, {entityCounts.Prunes} prunes; " +
            $"{entities.Average(e => e.Count):F1} entities a passage");
        clock.Restart();
        clock.Restart();
        var learned = CooccurrenceAssociations.From(counts);
        Console.WriteLine($"words: {counting.Elapsed.TotalSeconds:F1} s ({counting.Item2.TotalSeconds:F1} CPU s); " +
            $"{counts.Vocabulary:N0} words, {counts.PairCount:N0} pairs kept, {counts.Prunes} prunes (budget {budget:N0})");
        Console.WriteLine($"learning: {clock.Elapsed.TotalSeconds:F1} s; {learned.Words:N0} words with associates; " +
            $"{(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
        return 0;
    }
}
