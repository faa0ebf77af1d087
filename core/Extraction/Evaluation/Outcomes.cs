using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Extraction.Evaluation;

/// <summary>The names of what the evaluation measures.</summary>
public static class Measures
{
    public const string Title = "title";
    public const string Issuer = "issuer";
    public const string IssuerPlace = "issuer place";
    public const string Year = "year";
    public const string Date = "date";

    public const string Person = "Person";
    public const string Place = "Place";
    public const string Initiative = "Initiative";
    public const string CountedActivity = "counted activity";
    public const string Body = "Body";
    public const string Award = "Award";
    public const string Regulation = "Regulation";

    public const string PersonRole = "Person role";
    public const string PersonRoleBody = "Person role body";
    public const string ActivityKind = "activity kind";
    public const string ActivityUnit = "activity unit";
    public const string ActivityObject = "activity object";
    public const string ActivityCommittee = "activity committee";

    /// <summary>Document-level fields, in the order they are printed.</summary>
    public static IReadOnlyList<string> Fields { get; } = [Title, Issuer, IssuerPlace, Year, Date];

    /// <summary>Entity kinds scored by precision and recall, in the order they are printed.</summary>
    public static IReadOnlyList<string> Items { get; } = [Person, Place, Initiative, CountedActivity, Body, Award, Regulation];

    /// <summary>Attributes checked on matched items, in the order they are printed.</summary>
    public static IReadOnlyList<string> Details { get; } = [PersonRole, PersonRoleBody, ActivityKind, ActivityUnit, ActivityObject, ActivityCommittee];

    /// <summary>The national committee's canonical name in the annotations.</summary>
    public const string NationalCommittee = "全国政协";

    private static readonly string[] NationalNames = [NationalCommittee, "中国人民政治协商会议全国委员会", "政协全国委员会"];

    /// <summary>True when two issuer names are the same body (全国政协 = 中国人民政治协商会议全国委员会).</summary>
    public static bool SameIssuer(string? a, string? b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return x == y || (NationalNames.Any(n => Normalize(n) == x) && NationalNames.Any(n => Normalize(n) == y));
    }

    /// <summary>
    /// A name or title as compared: compatibility form, without whitespace, punctuation and
    /// symbols (quotes, dashes, title marks), so that 《…》 and “…” or a full-width space do not count,
    /// in simplified characters (a traditional page's 政協 is 政协) and without a converting mirror's
    /// pinyin glosses (政協(xié) is 政协).
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        // Traditional and simplified spellings of one name or title are one (政協 = 政协).
        foreach (var c in Reading.TraditionalCharacters.Fold(KnowledgeGraph.Core.Text.PinyinGlosses.Strip(text.Normalize(NormalizationForm.FormKC))))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>A right-or-wrong count: how many of how many.</summary>
public readonly record struct Ratio(int Right, int Of)
{
    public double Value => Of == 0 ? double.NaN : (double)Right / Of;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Right + b.Right, a.Of + b.Of);

    public override string ToString() => Of == 0
        ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Right}/{Of})");
}

/// <summary>A document-level field: what the annotation says and what extraction gave.</summary>
public sealed record FieldOutcome(string? Gold, string? Extracted, bool Right);

/// <summary>Items of one kind in one document, matched one to one.</summary>
public sealed class ItemOutcome
{
    public int Matched { get; set; }

    public int Extracted { get; set; }

    public int Gold { get; set; }

    /// <summary>Gold items nothing extracted matches.</summary>
    public List<string> Missed { get; } = [];

    /// <summary>Extracted items no gold item matches.</summary>
    public List<string> Spurious { get; } = [];

    /// <summary>Extracted items of a kind the annotation does not list exhaustively (bodies) that no gold item matches: neither right nor wrong, listed for a reader to judge.</summary>
    public List<string> Unlisted { get; } = [];

    /// <summary>Extracted items that match an optional entry only: counted neither right nor wrong.</summary>
    public int Neutral { get; set; }
}

/// <summary>How one document's extraction compares with its annotation.</summary>
public sealed class DocumentOutcome(AnnotatedDocument gold)
{
    public AnnotatedDocument Gold { get; } = gold;

    /// <summary>By <see cref="Measures.Fields"/>; a field the annotation leaves out is not there (a title the text lacks).</summary>
    public Dictionary<string, FieldOutcome> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>By <see cref="Measures.Items"/>; bodies only when the annotation lists them.</summary>
    public Dictionary<string, ItemOutcome> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>By <see cref="Measures.Details"/>: attributes right among the matched items.</summary>
    public Dictionary<string, Ratio> Details { get; } = new(StringComparer.Ordinal);

    /// <summary>What went wrong with the attributes, one line each.</summary>
    public List<string> DetailErrors { get; } = [];

    public void AddDetail(string measure, bool right, string? error = null)
    {
        Details[measure] = Details.GetValueOrDefault(measure) + new Ratio(right ? 1 : 0, 1);
        if (!right && error is not null)
        {
            DetailErrors.Add($"{measure}: {error}");
        }
    }
}

/// <summary>Figures over a group of documents: accuracy of the fields, precision and recall of the items.</summary>
public sealed class Scorecard
{
    private Scorecard(int documents) => Documents = documents;

    public int Documents { get; }

    public Dictionary<string, Ratio> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Precision (matched of extracted) and recall (matched of gold) by item kind.</summary>
    public Dictionary<string, (Ratio Precision, Ratio Recall)> Items { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Ratio> Details { get; } = new(StringComparer.Ordinal);

    public static Scorecard Of(IReadOnlyCollection<DocumentOutcome> outcomes)
    {
        var card = new Scorecard(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            foreach (var (name, field) in outcome.Fields)
            {
                card.Fields[name] = card.Fields.GetValueOrDefault(name) + new Ratio(field.Right ? 1 : 0, 1);
            }

            foreach (var (name, items) in outcome.Items)
            {
                var (precision, recall) = card.Items.GetValueOrDefault(name);
                card.Items[name] = (precision + new Ratio(items.Matched, items.Extracted), recall + new Ratio(items.Matched, items.Gold));
            }

            foreach (var (name, ratio) in outcome.Details)
            {
                card.Details[name] = card.Details.GetValueOrDefault(name) + ratio;
            }
        }

        return card;
    }

    /// <summary>
    /// The figure a floor names: a field (<c>issuer</c>), an item's precision or recall
    /// (<c>Place.precision</c>, <c>counted activity.recall</c>), or a detail; null when there is nothing to measure.
    /// </summary>
    public double? Figure(string name)
    {
        if (Fields.TryGetValue(name, out var field))
        {
            return field.Of == 0 ? null : field.Value;
        }

        if (Details.TryGetValue(name, out var detail))
        {
            return detail.Of == 0 ? null : detail.Value;
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && Items.TryGetValue(name[..dot], out var item))
        {
            var ratio = name[(dot + 1)..] switch
            {
                "precision" => item.Precision,
                "recall" => item.Recall,
                _ => default,
            };
            return ratio.Of == 0 ? null : ratio.Value;
        }

        return null;
    }
}
