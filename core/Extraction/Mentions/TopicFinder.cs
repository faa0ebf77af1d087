using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Topics of the vocabulary (graph-schema/topics.json) named in a unit by their name or a
/// synonym, longest first: 民营企业 is 民营经济, 县中振兴 is 教育. Ids are <c>topic:{name}</c>.
/// </summary>
internal sealed class TopicFinder(TopicVocabulary topics)
{
    public void Find(UnitReading reading)
    {
        foreach (var (start, length, topic) in topics.Scan(reading.Text))
        {
            var mention = new Mention(Labels.Topic, topic.Id, topic.Name, reading.Unit, start, start + length);
            mention.Properties["synonyms"] = topic.Synonyms.ToArray();
            if (topic.Broader is { } broader)
            {
                mention.Properties["broader"] = broader;
            }

            reading.Add(mention);
        }
    }
}
