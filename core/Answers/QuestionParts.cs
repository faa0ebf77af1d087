using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Answers;

/// <summary>What a question names and asks, read once and shared by the shape tests.</summary>
internal sealed class QuestionParts
{
    // Labels of what can be asked about as the X of a question.
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "Committee", "Body", "Person", "Place", "Initiative", "Award", "Regulation", "Activity" };

    public QuestionParts(string text, IReadOnlyList<EntityMention> mentions, QuestionCues cues, ExtractionVocabulary vocabulary)
    {
        Text = text;
        Mentions = mentions;
        var things = mentions.Where(m => m.Node.Label != "Topic").ToList();
        Subject = things.FirstOrDefault(m => Subjects.Contains(m.Node.Label))?.Node;

        // Names are masked, so that the words inside them (委员 in 委员之家) do not shape the question.
        var masked = new StringBuilder(text);
        foreach (var mention in things)
        {
            for (var i = mention.Start; i < mention.End; i++)
            {
                masked[i] = '□';
            }
        }

        Masked = masked.ToString();
        if (QuestionCues.Year().Match(Masked) is { Success: true } year)
        {
            Year = int.Parse(year.Value, CultureInfo.InvariantCulture);
        }

        if (cues.KindIn(Masked) is { } kind)
        {
            Kind = kind.Kind;
            KindWord = kind.Word;
            KindAt = kind.At;
        }

        // A topic the kind's own word stands in (协商议事 holds 协商) is the kind asked, not a topic.
        var topics = vocabulary.Topics.Scan(Masked).Where(t => KindAt is not { } at || at + KindWord!.Length <= t.Start || t.Start + t.Length <= at).ToList();
        Topic = topics.Count > 0 ? topics[0].Topic.Name : mentions.FirstOrDefault(m => m.Node.Label == "Topic")?.Node.Name;
        if (cues.RoleIn(Masked) is { } role)
        {
            RoleWord = role.Role;
        }

        var withTopics = new StringBuilder(Masked);
        foreach (var (start, length, _) in topics)
        {
            for (var i = start; i < start + length; i++)
            {
                withTopics[i] = '□';
            }
        }

        MaskedWithTopics = withTopics.ToString();
        Leftover = LeftoverOf(text, mentions, topics.Select(t => (t.Start, t.Length)), cues);
    }

    public string Text { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

    public string Masked { get; }

    /// <summary><see cref="Masked"/> with the topics masked too (委员联系界别群众 holds 联系).</summary>
    public string MaskedWithTopics { get; }

    public Node? Subject { get; }

    public int? Year { get; }

    public string? Kind { get; }

    public string? KindWord { get; }

    public int? KindAt { get; }

    /// <summary>The kind asked about, or null for plain 活动 (any activity).</summary>
    public string? Activity => Kind is null or "活动" ? null : Kind;

    public string? Topic { get; }

    public string? RoleWord { get; }

    /// <summary>The runs of the question that are neither names, topics, years nor its own words, with where they start.</summary>
    public IReadOnlyList<(int Start, string Text)> Leftover { get; }

    // The runs of the question that are neither names, topics, years nor its own words.
    private static List<(int Start, string Text)> LeftoverOf(string text, IReadOnlyList<EntityMention> mentions, IEnumerable<(int Start, int Length)> topics, QuestionCues cues)
    {
        var taken = new bool[text.Length];
        foreach (var (start, length) in mentions.Select(m => (m.Start, m.Length)).Concat(topics))
        {
            Array.Fill(taken, true, start, length);
        }

        foreach (System.Text.RegularExpressions.Match year in QuestionCues.Year().Matches(text))
        {
            Array.Fill(taken, true, year.Index, year.Length);
        }

        foreach (var word in cues.Words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(at, word.Length).Contains(true))
                {
                    Array.Fill(taken, true, at, word.Length);
                }
            }
        }

        var chunks = new List<(int, string)>();
        var run = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !taken[i] && !char.IsPunctuation(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                run.Append(text[i]);
            }
            else if (run.Length > 0)
            {
                chunks.Add((i - run.Length, run.ToString()));
                run.Clear();
            }
        }

        return chunks;
    }
}
