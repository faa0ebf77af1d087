using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Names of divisions written like the genre's common words, and the words that mark them as places.</summary>
internal sealed partial class PlaceFinder
{
    private const string LevelCharacters = "省市县区州盟旗";

    // 全州 (全州县) in 全州政协, 全州各族群众: 全 and a level's character is "the whole prefecture", as 全县 and 全市
    // are the whole county and city; a division so named only inside its own city or county, or after its parent.
    internal static bool IsWholePlaceForm(ReadOnlySpan<char> surface) =>
        surface.Length == 2 && surface[0] == '全' && LevelCharacters.Contains(surface[1]);

    // 会同县统战部 ("jointly with the county's united-front department"), 新建市政设施: a full name whose stem is
    // a verb of the genre (places.verbStems) is the verb and the next body's level as often as the division, so
    // it is read in the division's province, city or county, or after its parent, and not elsewhere.
    private bool StemIsVerb(string surface) =>
        surface.Length > 2 && LevelCharacters.Contains(surface[^1]) && cues.VerbStems is { } verbs && verbs.Contains(surface[..^1]);

    // A word that marks a common word as a place names the place's own level, if it names one: 新建区委 marks
    // 新建区, but 会同区委办公室 ("with the district committee's office") does not mark 会同县. A word that names
    // no level (政协, 籍) marks it only near the place: “友好政协” are twinned committees, 平原政协 in 德州's text
    // the county's.
    private bool MarksOwnLevel(string text, int end, Place place, bool nearby)
    {
        foreach (var word in cues.After)
        {
            if (text.AsSpan(end).StartsWith(word, StringComparison.Ordinal))
            {
                var namesLevel = word.Length > 1 && LevelCharacters.Contains(word[0]) && word[1] is '委' or '政';
                return namesLevel ? place.Name.EndsWith(word[0]) : nearby;
            }
        }

        return false;
    }

    // 县政协会同县发改局, 提案委会同县政府督查室: a verb stem right after a body's name (…政协, …委, …局) is the
    // verb the body acts with, even in the division's own province; 政协会同县委员会 names the division's committee.
    private static bool FollowsActor(string text, int start, int end) =>
        start > 0 && "协委会局部办室组厅院府处".Contains(text[start - 1]) && !text.AsSpan(end).StartsWith("委员会", StringComparison.Ordinal);

    // 赴丰宁、滦平、兴隆三县, 东台、大丰两市: short forms listed and closed by how many divisions of one level they are
    // name divisions of that level. The level's character, or none.
    private static char? ClosedListLevel(string text, int end) =>
        end < text.Length && ClosedList().Match(text, end) is { Success: true } closed ? closed.Groups["level"].Value[0] : null;

    [GeneratedRegex(@"\G(?:[、和及][\u4e00-\u9fff]{2,4}?){0,8}等?(?:[两二三四五六七八九十]|[0-9]{1,2})个?(?<level>[县区市旗])")]
    private static partial Regex ClosedList();
}
