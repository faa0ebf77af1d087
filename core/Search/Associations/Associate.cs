namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>Where an associate of a word comes from.</summary>
public enum AssociateSource
{
    /// <summary>The topic vocabulary written for the genre (graph-schema/topics.json): a listed synonym, narrower or broader topic.</summary>
    Vocabulary,

    /// <summary>A general dictionary (CC-CEDICT): a word given the same English gloss.</summary>
    Dictionary,

    /// <summary>Learned from the indexed corpus: a word found in the same passages far more often than chance (normalised PMI).</summary>
    Cooccurrence,

    /// <summary>Learned from the indexed corpus: a word found with the same other words (second-order co-occurrence).</summary>
    Context,

    /// <summary>A word of the corpus that shares a rare character with it.</summary>
    Character,
}

/// <summary>A word associated with another, how strongly (0 to 1), and from where.</summary>
public sealed record Associate(string Term, double Strength, AssociateSource Source);

/// <summary>Gives the words associated with a word, strongest first.</summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IAssociateSource
{
    /// <summary>At most <paramref name="max"/> associates of <paramref name="word"/>, strongest first; none when it knows nothing of the word.</summary>
    IReadOnlyList<Associate> Of(string word, int max);
}
