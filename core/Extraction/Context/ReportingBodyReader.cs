using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// An issuer that is not a committee: the government or congress standing committee whose work report a
/// headline names (2026年安徽省政府工作报告 → 安徽省人民政府), or a body of graph-schema/bodies.json a closing
/// credit names (（五河县工商联） → 五河县工商业联合会).
/// </summary>
internal sealed partial class ReportingBodyReader(PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter, BodyVocabulary bodies)
{
    [GeneratedRegex(@"(?:人民)?政府工作报告")]
    private static partial Regex GovernmentReport();

    [GeneratedRegex(@"人大常委会工作报告|人民代表大会常务委员会工作报告")]
    private static partial Regex CongressReport();

    // 2026年安徽省政府工作报告 → 安徽省人民政府; 政府工作报告 in a document about 广东省 → 广东省人民政府.
    internal (IssuingBody Body, string Surface)? ReportingBody(string headline, Place? home)
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
    internal IssuingBody? CreditBody(string credit, Place? home, IReadOnlyList<Place> context)
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
}
