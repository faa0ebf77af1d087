using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>The knobs of extraction (configuration section <c>Extraction</c>).</summary>
public sealed class ExtractionOptions
{
    /// <summary>Folder of the vocabularies (topics.json, slogans.txt …); null for graph-schema/ beside the program.</summary>
    public string? VocabularyFolder { get; set; }

    /// <summary>Where the gazetteer's CSV files are.</summary>
    public GazetteerOptions Gazetteer { get; set; } = new();

    /// <summary>Weight of RELATED_TO for each sentence that links both initiatives (at most three count).</summary>
    public double SentenceCoMentionWeight { get; set; } = 0.5;

    /// <summary>Weight added to a linked pair's RELATED_TO when one committee runs both initiatives.</summary>
    public double SharedCommitteeWeight { get; set; } = 0.1;

    /// <summary>Weight added to a linked pair's RELATED_TO for each topic both initiatives are about (at most two count).</summary>
    public double SharedTopicWeight { get; set; } = 0.2;

    /// <summary>RELATED_TO relations weaker than this are not kept.</summary>
    public double MinimumRelatedWeight { get; set; } = 0.2;

    /// <summary>
    /// At most this many initiatives of one sentence are paired, so that relating initiatives stays
    /// linear in the length of the document.
    /// </summary>
    public int MaxInitiativesPerSection { get; set; } = 40;
}
