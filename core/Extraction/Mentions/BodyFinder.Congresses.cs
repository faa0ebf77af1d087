using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// People's congresses by their full names: a place, the session and 人民代表大会 (安徽省第十四届人民代表大会
/// is 安徽省人民代表大会), or with 常务委员会 its standing committee, named as the short forms name it
/// (X人大常委会, with the full name as an alias).
/// </summary>
internal sealed partial class BodyFinder
{
    private const string CongressKind = "人大";

    // What follows the place: an optional session, 人民代表大会, and 常务委员会 for the standing committee.
    [GeneratedRegex(@"\G(?:第[一二三四五六七八九十]+届)?人民代表大会(常务委员会)?")]
    private static partial Regex CongressAfterPlace();

    private void FindCongresses(UnitReading reading)
    {
        var text = reading.Text;
        foreach (var named in reading.Of(Labels.Place).ToList())
        {
            var match = CongressAfterPlace().Match(text, named.End);
            if (!match.Success || reading.IsTaken(named.Start, match.Index + match.Length, Labels.Body, Labels.Committee)
                || _gazetteer.Find((string)named.Properties["code"]) is not { } place)
            {
                continue;
            }

            var placeName = QualifiedName(place);
            var standing = match.Groups[1].Success;
            var name = standing ? placeName + "人大常委会" : placeName + "人民代表大会";
            var mention = Add(reading, name, CongressKind, named.Start, match.Index + match.Length);
            mention.Properties["place"] = place.Id;
            if (standing)
            {
                mention.Aliases.Add(placeName + "人民代表大会常务委员会");
            }
        }
    }
}
