using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The document's own place, by votes: every place named in its headlines and datelines (3 each:
/// 西林讯, 【富民县】), its source and closing credit (2: 余杭政协, 安徽日报) and its sentences (1), read without any context (so a county's short form
/// counts only where a word marks it as a place: 蓝山政协), votes for itself and every division above it.
/// A place naming a venue (北京人民大会堂, 安徽大剧院) says where a meeting was held and has no vote.
/// </summary>
/// <remarks>
/// From the province with the most votes, the reading goes down to the city (or, in a municipality,
/// the district) holding at least half of its votes, then to the county holding at least half of
/// the city's: a report that names all of a province's cities stays at the province, a story
/// about one county goes down to it.
/// </remarks>
internal sealed class HomePlaceReader(PlaceFinder places, Gazetteer gazetteer, JiebaSegmenter segmenter)
{
    private const double Majority = 0.5;

    private static readonly string[] Venues = ["人民大会堂", "大会堂", "大剧院", "会议中心", "会展中心", "国际会议中心", "宾馆", "饭店", "大酒店", "体育馆"];

    public Place? Read(IEnumerable<string> headlines, IEnumerable<string?> sources, DocumentText text)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        void Vote(Place place, double weight)
        {
            foreach (var p in gazetteer.Ancestors(place).Prepend(place))
            {
                votes[p.Code] = votes.GetValueOrDefault(p.Code) + weight;
            }
        }

        foreach (var headline in headlines)
        {
            foreach (var (start, end, place) in ReadLine(headline))
            {
                if (ConjunctionCounty.IsConjunction(headline, start, end))
                {
                    continue;
                }

                Vote(place, 3);
            }
        }

        foreach (var source in sources.OfType<string>())
        {
            foreach (var (_, _, place) in ReadLine(source))
            {
                Vote(place, 2);
            }
        }

        foreach (var unit in text.Units)
        {
            var national = unit.Text.Contains("全国委员会", StringComparison.Ordinal) || unit.Text.Contains("全国政协", StringComparison.Ordinal);
            foreach (var (start, end, place) in places.Read(unit, []))
            {
                // 在北京人民大会堂开幕, 在安徽大剧院: where a meeting was held, not whose story it is; so is
                // 在北京 in a sentence on the national session; 讲话，和县政协… joins two phrases.
                var venue = Venues.Any(v => string.CompareOrdinal(unit.Text, end, v, 0, v.Length) == 0)
                    || (national && start > 0 && unit.Text[start - 1] == '在');
                if (!venue && !ConjunctionCounty.IsConjunction(unit.Text, start, end))
                {
                    Vote(place, 1);
                }
            }
        }

        return Choose(votes);
    }

    private Place? Choose(Dictionary<string, double> votes)
    {
        var current = votes.Keys.Select(gazetteer.Find).OfType<Place>().Where(p => p.Level == PlaceLevel.Province)
            .OrderByDescending(p => votes[p.Code]).ThenBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault();
        while (current is not null && current.Level < PlaceLevel.County)
        {
            var parent = current;
            var child = votes.Keys.Select(gazetteer.Find).OfType<Place>()
                .Where(p => p.Level is PlaceLevel.City or PlaceLevel.County && p.ParentCode == parent.Code)
                .OrderByDescending(p => votes[p.Code]).ThenBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault();
            if (child is null || votes[child.Code] < Majority * votes[parent.Code])
            {
                break;
            }

            current = child;
        }

        return current;
    }

    private List<(int Start, int End, Place Place)> ReadLine(string line) => places.Read(line, WordGrid.Of(line, segmenter), []);
}
