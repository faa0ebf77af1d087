using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Ingestion;

/// <summary>What an ingest learns from the passages (topics, associations) depends on the passages only.</summary>
public class IngestLearningTests
{
    [Fact]
    public async Task The_same_files_ingested_from_another_folder_on_one_thread_learn_the_same_topics_and_associations()
    {
        // The corpus folder's name goes into every document id, so the two ingests see the same
        // passages under other ids; the second also prepares one document at a time.
        await using var one = new IngestWorkspace("corpus");
        await using var two = new IngestWorkspace("reports");
        await one.IngestAsync();
        await two.Graph.InitializeAsync();
        await two.Job.WithParallelism(1).WithBatches(1).RunAsync([two.Corpus]);

        Assert.NotEqual(one.Index.DocumentIds().Order(StringComparer.Ordinal), two.Index.DocumentIds().Order(StringComparer.Ordinal));
        var (topicsOne, topicsTwo) = (TopicWords(one), TopicWords(two));
        Assert.NotEmpty(topicsOne);
        Assert.Equal(topicsOne, topicsTwo);
        var (wordsOne, wordsTwo) = (Associations(one, l => l.Words), Associations(two, l => l.Words));
        Assert.True(wordsOne.Count > 100, $"{wordsOne.Count} words with associates");
        Assert.Equal(wordsOne, wordsTwo);
        Assert.Equal(Associations(one, l => l.Entities), Associations(two, l => l.Entities));
    }

    private static string TopicWords(IngestWorkspace workspace) =>
        File.ReadAllText(Path.Combine(workspace.Services.GetRequiredService<TopicMaintenance>().Provider.Folder, "topics.tsv"));

    private static List<string> Associations(IngestWorkspace workspace, Func<LearnedAssociations, CooccurrenceAssociations> which) =>
        which(workspace.Services.GetRequiredService<AssociationMaintenance>().Provider.Current).All()
            .Select(l => l.Word + ": " + string.Join(", ", l.Associates.Select(a => $"{a.Word} {a.Npmi:R}")))
            .ToList();
}
