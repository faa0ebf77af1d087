using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// Who issued a document, or is its subject, in every written form.
/// </summary>
/// <remarks>
/// <para>In this order, the first found wins:</para>
/// <list type="number">
/// <item>A source that is a committee or its office (来源：长春市政协办公室, 余杭政协): that committee.</item>
/// <item>The headlines (title, subtitle, delivery line, masthead), in order: a government's or
/// congress's report (2026年安徽省政府工作报告, 政府工作报告: the place before it, else the document's
/// place) gives that government ({place}人民政府) or standing committee ({place}人大常委会); a committee
/// named in any full form (政协X[第N届]委员会, 政协第N届X委员会, 中国人民政治协商会议X[第N届]委员会, X政协);
/// a relative one (区政协, 旗政协) resolved through the document's place.</item>
/// <item>A credit closing the story in brackets: a committee (（县政协办公室）) or a body of
/// graph-schema/bodies.json (（五河县工商联） → 五河县工商业联合会).</item>
/// <item>The text, in reading order: the first committee named with its place; else the first
/// relative one, resolved through the document's place.</item>
/// </list>
/// </remarks>
internal sealed partial class IssuerFinder(CommitteeFinder committees, PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, BodyVocabulary bodies)
{
    [GeneratedRegex(@"(?:人民)?政府工作报告")]
    private static partial Regex GovernmentReport();

    [GeneratedRegex(@"人大常委会工作报告|人民代表大会常务委员会工作报告")]
    private static partial Regex CongressReport();

    public (CommitteeIdentity? Committee, IssuingBody? Body, TextSpan? Span) Find(IReadOnlyList<string> headlines, string? source, string? credit, Place? home, DocumentText text)
    {
        var context = home is null ? [] : gazetteer.Ancestors(home).Prepend(home).ToList();
        CommitteeIdentity? Resolve(string level) => home is null ? null : committees.ResolveLevel(home, level);

        if (source is not null && source.Contains("政协", StringComparison.Ordinal))
        {
            var match = committees.FindNamed(source, context).FirstOrDefault() ?? committees.FindRelative(source, Resolve).FirstOrDefault();
            if (match is not null)
            {
                return (match.Committee, null, Locate(text, source[match.Start..match.End]));
            }
        }

        foreach (var headline in headlines)
        {
            if (ReportingBody(headline, home) is { } body)
            {
                return (null, body.Body, Locate(text, body.Surface));
            }

            var match = committees.FindNamed(headline, context).FirstOrDefault() ?? committees.FindRelative(headline, Resolve).FirstOrDefault();
            if (match is not null)
            {
                return (match.Committee, null, Locate(text, headline[match.Start..match.End]));
            }
        }

        if (credit is not null)
        {
            // （五河县工商联）, （县政协办公室） closing the story: who put it out.
            var match = committees.FindNamed(credit, context).FirstOrDefault() ?? committees.FindRelative(credit, Resolve).FirstOrDefault();
            if (match is not null)
            {
                return (match.Committee, null, Locate(text, credit[match.Start..match.End]));
            }

            if (CreditBody(credit, home, context) is { } body)
            {
                return (null, body, Locate(text, credit));
            }
        }

        (CommitteeIdentity Committee, TextSpan Span)? relative = null;
        foreach (var unit in text.Units)
        {
            if (committees.FindNamed(unit.Text, context).FirstOrDefault() is { } named)
            {
                return (named.Committee, null, new TextSpan(unit, named.Start, named.End));
            }

            if (relative is null && committees.FindRelative(unit.Text, Resolve).FirstOrDefault() is { } r)
            {
                relative = (r.Committee, new TextSpan(unit, r.Start, r.End));
            }
        }

        return relative is { } found ? (found.Committee, null, found.Span) : (null, null, null);
    }

    // 2026年安徽省政府工作报告 → 安徽省人民政府; 政府工作报告 in a document about 广东省 → 广东省人民政府.
    private (IssuingBody Body, string Surface)? ReportingBody(string headline, Place? home)
    {
        foreach (var (pattern, kind, name) in new[] { (GovernmentReport(), "政府", "{0}人民政府"), (CongressReport(), "人大", "{0}人大常委会") })
        {
            var report = pattern.Match(headline);
            if (!report.Success)
            {
                continue;
            }

            var named = places.Read(headline, WordGrid.Of(headline, segmenter), home is null ? [] : gazetteer.Ancestors(home).Prepend(home).ToList())
                .LastOrDefault(p => p.End <= report.Index && report.Index - p.End <= 1);
            var place = named.Place ?? home;
            if (place is null || place.Level == PlaceLevel.Town)
            {
                return null;
            }

            // The body's own words: 安徽省政府, 四川省人民政府, 政府 (without 工作报告).
            var bodyEnd = report.Index + report.Value.IndexOf("工作报告", StringComparison.Ordinal);
            var surface = headline[(named.Place is null ? report.Index : named.Start)..bodyEnd];
            return (new IssuingBody(string.Format(System.Globalization.CultureInfo.InvariantCulture, name, QualifiedName(place)), kind, place), surface);
        }

        return null;
    }

    private string QualifiedName(Place place) => BodyFinder.QualifiedName(place, gazetteer);

    // 五河县工商联 → 五河县工商业联合会: a body of graph-schema/bodies.json named after its place (or the document's).
    private IssuingBody? CreditBody(string credit, Place? home, IReadOnlyList<Place> context)
    {
        foreach (var local in bodies.Local.OrderByDescending(l => l.Short.Length))
        {
            if (!credit.EndsWith(local.Short, StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = credit[..^local.Short.Length];
            var named = prefix.Length == 0 ? null : places.Read(prefix + local.Short, WordGrid.Of(prefix + local.Short, segmenter), context)
                .FirstOrDefault(p => p.Start == 0 && p.End >= prefix.Length - 1).Place;
            var place = named ?? (prefix.Length == 0 ? home : null);
            if (place is not null)
            {
                return new IssuingBody(local.Pattern.Replace("{place}", QualifiedName(place), StringComparison.Ordinal), local.Kind, place);
            }
        }

        return null;
    }

    /// <summary>The first unit that holds <paramref name="surface"/> (spaces aside), as a span of it; null when none does.</summary>
    public static TextSpan? Locate(DocumentText text, string surface)
    {
        var wanted = new string(surface.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var unit in text.Units)
        {
            var at = unit.Text.IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new TextSpan(unit, at, at + wanted.Length);
            }
        }

        return null;
    }
}
