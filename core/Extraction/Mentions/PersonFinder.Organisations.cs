using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Who a title is held in: the organisation named before it, the government a title implies, the committee speaking.</summary>
internal sealed partial class PersonFinder
{
    // Who a title is held in: the organisation named right before the chain, the government its
    // title implies, the committee speaking (政协委员), the previous title's, or the committee of an
    // earlier person of the sentence.
    private string? Organisation(UnitReading reading, string title, int start, int end, Mention? before, string? previous, string? lastCommittee)
    {
        var text = reading.Text;
        var named = NamedTitle(title);
        var kinds = cues.Roles.Where(r => r.Title == title || r.Title == named).ToList();
        var committeeTitle = kinds.Exists(r => r.Organization == "committee");
        if (before is not null)
        {
            if (before.Label == Labels.Committee && committeeTitle)
            {
                return before.Id;
            }

            if (before.Label == Labels.Body && kinds.Exists(r => r.Organization == "body"))
            {
                return before.Id;
            }
        }

        // 副主委某甲 with no party named before: of the party named last before it in the sentence (民盟某市委召开…，副主委某甲
        // 出席), else of the party whose page it is.
        if (PartyTitles.Contains(title) && before is null && previous is null)
        {
            return PartyOf(reading, start);
        }

        if (kinds.FirstOrDefault(r => r.Organization == "government") is { Level: { } level })
        {
            return Government(reading, level, start, end);
        }

        if (title == "委员" && start >= 2 && string.CompareOrdinal(text, start - 2, "政协", 0, 2) == 0)
        {
            return reading.Speaker?.Id ?? reading.Context.Issuer?.Id;
        }

        // 政协副主席某甲, 县政协主席某乙 where no committee was read: the committee speaking, when 政协
        // stands bare or its level is the speaking committee's.
        if (committeeTitle && before is null && previous is null && SpeakingCommitteeBefore(reading, start) is { } speakingCommittee)
        {
            return speakingCommittee;
        }

        // 大会执行主席某甲: a session's officers are of the committee speaking, never of a committee
        // carried from another title, and of none at a people's congress (人大二次会议…大会执行主席某乙).
        if (SessionTitles.Contains(title) && before is null && previous is null)
        {
            // The session is the document's own: its committee before one a sentence before spoke of (市政协副主席
            // 某甲…出席。本次大会的执行主席是：… in a county's story).
            return AtCongress(text) ? null : lastCommittee is null ? SessionCommittee(reading)?.Id : lastCommittee;
        }

        if (previous is not null)
        {
            return committeeTitle == previous.StartsWith("committee:", StringComparison.Ordinal) ? previous : null;
        }

        // “90后”委员李某感慨道: a bare 委员, after no body, place or party committee, in a committee's own
        // story is a member of the committee speaking.
        if (title == "委员" && before is null && start > 0 && text[start - 1] != '委' && previous is null
            && !reading.Mentions.Any(m => !m.Implied && m.Label == Labels.Place && m.End == start)
            && (reading.Speaker ?? reading.Context.Issuer) is { } speaking && speaking.Id.StartsWith("committee:", StringComparison.Ordinal))
        {
            return speaking.Id;
        }

        return committeeTitle && before is null && title != "委员" ? lastCommittee : null;
    }

    // The committee the last committee title of the unit before, in the same paragraph, was held in
    // (read back from the last relation only as far as that unit: the relations come in unit order).
    private string? PreviousSentenceCommittee(UnitReading reading)
    {
        if (reading.Unit.ParagraphId is not { } paragraph)
        {
            return null;
        }

        var relations = reading.Findings.Relations;
        for (var i = relations.Count - 1; i >= 0 && relations[i].Unit.Ordinal >= reading.Unit.Ordinal - 1; i--)
        {
            var r = relations[i];
            if (r.Type == "HAS_ROLE" && r.Unit.Ordinal == reading.Unit.Ordinal - 1 && r.Unit.ParagraphId == paragraph
                && r.To.StartsWith("committee:", StringComparison.Ordinal) && cues.Roles.Any(c => c.Title == r.Key && c.Organization == "committee"))
            {
                return r.To;
            }
        }

        return null;
    }

    // 人大, 人民代表大会 in the sentence: a congress's session, whose officers are no committee's.
    private static bool AtCongress(string text) =>
        text.Contains("人大", StringComparison.Ordinal) || text.Contains("人民代表大会", StringComparison.Ordinal);

    // Titles held only for a plenary session, in the committee that holds it.
    private static readonly HashSet<string> SessionTitles = ["执行主席", "常务主席", "主席团成员", "总监票人", "监票人"];

    // The committee speaking, when 政协 ends right before `start` with no committee read there and
    // stands bare (after a mark, a verb or the text's start) or after the level of the speaking committee
    // (县政协 in a county committee's text; 市政协 there is another committee: null).
    private static string? SpeakingCommitteeBefore(UnitReading reading, int start)
    {
        var text = reading.Text;
        if (start < 2 || string.CompareOrdinal(text, start - 2, "政协", 0, 2) != 0
            || reading.Mentions.Any(m => !m.Implied && m.Label == Labels.Committee && m.End == start)
            || (reading.Speaker ?? reading.Context.Issuer) is not { } speaking)
        {
            return null;
        }

        // 审议政协副主席某甲作的报告: 政协 after a verb stands bare too; after a place read there (临朐政协)
        // or another level's character (全国政协, 州政协) it is no bare 政协.
        var level = start >= 3 ? text[start - 3] : '，';
        var matches = level switch
        {
            '县' or '旗' => speaking.Level == "县" && speaking.Place?.Name.EndsWith(level) == true,
            '区' => speaking.Level == "区",
            '市' => speaking.Level == "市" || speaking.Level == "县" && speaking.Place?.Name.EndsWith('市') == true,
            '省' => speaking.Level == "省",
            '国' or '州' or '盟' or '乡' or '镇' or '各' or '级' => false,
            _ => !reading.Mentions.Any(m => !m.Implied && m.End == start - 2),
        };
        return matches ? speaking.Id : null;
    }

    // 省长 → the province's government: the place named right before the title (广东省省长), else the document's.
    private string? Government(UnitReading reading, string level, int start, int end)
    {
        var named = reading.Mentions.FirstOrDefault(m => !m.Implied && m.Label == Labels.Place && m.End == start);
        var place = named is not null ? gazetteer.Find((string)named.Properties["code"]) : null;
        var basis = place ?? reading.Speaker?.Place ?? reading.Context.IssuerPlace;
        var target = basis is null ? null : level switch
        {
            "省" => gazetteer.AtLevel(basis, PlaceLevel.Province),
            "市" => gazetteer.AtLevel(basis, PlaceLevel.City) ?? (basis.Level == PlaceLevel.Province && basis.Name.EndsWith('市') ? basis : null),
            "州" or "盟" => gazetteer.AtLevel(basis, PlaceLevel.City),
            _ => basis.Level == PlaceLevel.County ? basis : null,
        };
        if (target is null)
        {
            return null;
        }

        var name = BodyFinder.QualifiedName(target, gazetteer) + "人民政府";
        var body = new Mention(Labels.Body, "body:" + name, name, reading.Unit, named?.Start ?? start, end) { IsName = false };
        body.Properties["kind"] = "政府";
        body.Properties["place"] = target.Id;
        if (!reading.Mentions.Any(m => m.Id == body.Id && m.Start == body.Start))
        {
            reading.Add(body);
        }

        return body.Id;
    }
}
