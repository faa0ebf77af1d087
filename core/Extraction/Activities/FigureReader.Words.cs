using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>Words of a counting clause: one-character verbs as whole words, the kind they name, the noun after a count, quotes left out.</summary>
internal sealed partial class FigureReader
{
    // A one-character verb counts only as a word of its own (提|意见) or as the head of a word the segmenter
    // joined to what it puts forward (提意见, 提建议), never inside another verb (提高, 提升, 提质增效).
    private bool IsWholeWord(UnitReading reading, int at, int length) =>
        reading.Unit.Tokens.Any(t => t.Start == at
            && (t.End == at + length || (t.Tag == "v" && PutForward.Concat(cues.OutputWords).Contains(reading.Text[(at + length)..t.End]))));

    // What a one-character verb of putting forward joins to besides the output words (提意见).
    private static readonly string[] PutForward = ["意见"];

    // The kind of a counting verb: the kind naming it, else of a text holding it; a one-character verb
    // (提) takes the kind of the first longer verb it opens (提出).
    private string KindOfVerb(string verb) =>
        (verb == "建设" ? "建立" : verb == Brought ? "提出" : null) ?? cues.KindNamed(verb) ?? cues.KindOf(verb)
        ?? (verb.Length == 1 ? cues.Kinds.FirstOrDefault(k => k.Words.Any(w => w.Length > 1 && w[0] == verb[0]))?.Kind : null)
        ?? verb;

    // 在委员工作室建设中表现突出的…: a verb followed by the locative 中 names a time or setting, not an action
    // governing the count (中 as a word of its own, so 走访中小企业 still counts).
    private static bool LocativeAfter(UnitReading reading, int at) =>
        reading.Unit.Tokens.Any(t => t.Start == at && t.Word == "中");

    // Heads of a group of people (走访组, 调研组, 服务队, 宣讲团, 小分队, 工作专班, 宣讲队伍): what 组成, 组建 and 成立 form.
    private static readonly string[] GroupHeads = ["组", "队", "团", "班", "小组", "专班", "队伍", "分队"];

    // The verb's kind as what it counts tells it: 组建16个监测点, 揭牌成立8个委员工作室 set up a place or body
    // that is no group of people (the kind 建立; groups formed, 组成4个走访组, and an object not read stay
    // 组成, also when the object read runs on past its head: 组建8个服务队伍深入乡村); proposals written (撰写提案20件) are proposals put forward (提出).
    private static string KindOfObject(string kind, string objectText) => kind switch
    {
        "组成" when objectText.Length >= 2 && !GroupHeads.Any(h => objectText.EndsWith(h, StringComparison.Ordinal))
            && !GroupHeads.Any(h => h.Length > 1 && objectText.Contains(h, StringComparison.Ordinal)) => "建立",
        "编撰" when objectText.EndsWith("提案", StringComparison.Ordinal) => "提出",
        _ => kind,
    };

    // A group named by its activity (调研组, 视察小组, 走访服务队), not a bare 组.
    private bool FormedGroup(string noun) =>
        noun.Length >= 3 && GroupHeads.Any(h => noun.EndsWith(h, StringComparison.Ordinal)) && cues.KindOf(noun) is not null;

    // 共分4个组分别走访, 分成三个组: those acting split into groups, which is groups formed.
    private static bool SplitIntoGroups(string text, int clauseStart, int index, string noun) =>
        noun.EndsWith('组') && text.AsSpan(clauseStart, index - clauseStart) is var lead
        && (lead.EndsWith("分") || lead.EndsWith("分成") || lead.EndsWith("分为"));

    // 调研组深入镇办: the group a noun read on past its head opens with (the places it went to follow it).
    private static string GroupOf(string noun) =>
        noun.IndexOf('组') is var at and > 0 and <= 4 ? noun[..(at + 1)] : noun;

    // 撰写了“关于…的建议”“关于…的建议”等提案20多件: after a list of quoted titles closed by 等, what is
    // counted is the noun after 等, the titles being examples of it.
    private static string AfterQuotedTitles(string objectText)
    {
        var cut = Math.Max(objectText.LastIndexOf("”等", StringComparison.Ordinal), objectText.LastIndexOf("》等", StringComparison.Ordinal));
        return cut >= 0 && cut + 2 < objectText.Length ? objectText[(cut + 2)..] : objectText;
    }

    // Verbs of going somewhere to act (深入基层调研, 走进社区宣讲).
    private static readonly HashSet<string> GoingVerbs = ["深入", "走进", "深入到", "前往", "赴", "到"];

    private static readonly string[] JoinedGoing = ["深入", "走进"];

    // The common noun of a place gone to right before an activity word (深入|基层|调研): 基层; not a name (赴银川调研).
    private static string? PlaceGoneTo(UnitReading reading, int verbAt)
    {
        var tokens = reading.Unit.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].End == verbAt && tokens[k].Tag == "n" && tokens[k - 1].End == tokens[k].Start && GoingVerbs.Contains(tokens[k - 1].Word))
            {
                return tokens[k].Word;
            }
        }

        // 深入基层 as the segmenter joins it into one word.
        if (tokens.FirstOrDefault(t => t.End == verbAt) is { } joined && JoinedGoing.FirstOrDefault(g => joined.Word.Length > g.Length + 1 && joined.Word.StartsWith(g, StringComparison.Ordinal)) is { } going)
        {
            return joined.Word[going.Length..];
        }

        return null;
    }

    // 组织、参与各类会议活动十余次, 收集、整理意见30条: a second verb joined to the one before by 、 is not part of what
    // is counted (what follows a verb and 、 is another verb, however the segmenter tagged a two-character word).
    internal static (string Text, int Offset) AfterCoordinatedVerbs(string text, UnitReading reading, int offset)
    {
        while (text.Length > 1 && text[0] == '、'
            && reading.Unit.Tokens.FirstOrDefault(t => t.Start == offset + 1) is { } verb && (verb.Tag.StartsWith('v') || (verb.Tag == "n" && verb.Word.Length == 2))
            && verb.Word.Length + 2 < text.Length)
        {
            text = text[(1 + verb.Word.Length)..];
            offset += 1 + verb.Word.Length;
        }

        return (text, offset);
    }

    // 市政协开办“政协讲堂”58次: with no counting verb, the committee and the verb it opens the clause with are not part
    // of what is counted, when the verb takes a quoted name (市政协协商议政活动20次 keeps its words: 协商 may be the activity).
    internal static (string Text, int Offset) AfterCommitteeAndVerb(string text, UnitReading reading, int offset)
    {
        var tokens = reading.Unit.Tokens;
        var at = -1;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Start == offset)
            {
                at = k;
                break;
            }
        }

        if (at < 0 || tokens[at] is not { Tag: "nt" } committee || !committee.Word.EndsWith("政协", StringComparison.Ordinal)
            || tokens[at + 1] is not { Tag: "v" } verb || verb.Start != committee.End || verb.End - offset >= text.Length
            || text[verb.End - offset] is not ('“' or '《'))
        {
            return (text, offset);
        }

        return (text[(verb.End - offset)..], verb.End);
    }

    // Words that open an object without being part of it (全年, 共, 向, 对 …). With the reading and the text's offset, a
    // word stripped must end a word of the sentence (对口协商, 为民服务, 对外交流 keep 对 and 为).
    private static string StripLeading(string text, string[] words, UnitReading? reading = null, int offset = 0)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in words)
            {
                if (text.StartsWith(word, StringComparison.Ordinal) && text.Length > word.Length
                    && (reading is null || reading.Unit.IsWordBoundary(offset + word.Length)))
                {
                    text = text[word.Length..];
                    offset += word.Length;
                    changed = true;
                }
            }
        }

        return text;
    }

    // Verbs of a result that end the noun before them (20多家企业|解决融资问题): never the head of a compound.
    private static readonly HashSet<string> ResultVerbs = ["解决", "化解"];

    // The noun phrase a count is followed by (534家民营企业, 9场委员读书活动向社会…): its words up
    // to the first verb, preposition or punctuation. A result verb ends it when no verb before the figure
    // governs the count (帮助20多家企业|解决融资问题) or a figure follows (走访30家企业|解决问题15个); after a
    // counting verb it may be inside a compound (推出8个矛盾纠纷化解品牌).
    private string Noun(UnitReading reading, int from, int clauseEnd, bool resultVerbEnds = true, bool withoutVerb = false)
    {
        var end = from;
        var tokens = reading.Unit.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.End <= end)
            {
                continue;
            }

            if (token.Start < from && end == from)
            {
                // 12个村(社区)…: the segmenter joined the unit to the noun's first character (个村).
                if (!token.Tag.StartsWith('n') || token.End > clauseEnd)
                {
                    break;
                }

                end = token.End;
                continue;
            }

            if (token.Start == end && token.Word is "(" or "（" && reading.Text.IndexOfAny([')', '）'], end) is var close and > 0 && close < clauseEnd
                && end > from)
            {
                // 10个镇(街道)联络室: a bracketed alternative inside the noun.
                end = close + 1;
                continue;
            }

            if (token.Start != end || token.End > clauseEnd || token.Tag is "p" or "x" or "c" or "uj" or "d" or "m" || Quantifiers.Contains(token.Word) || (cues.CountVerbs.Contains(token.Word) && cues.KindNamed(token.Word) is null)
                || ClauseVerbs.Contains(token.Word) || (end > from && ResultVerbs.Contains(token.Word) && (resultVerbEnds || FigureFollows(reading.Text, token.End, clauseEnd))))
            {
                break;
            }

            // A verb inside a noun phrase (走访组, 考察活动): only when a noun follows it, not a body's name (提案|报送省政协).
            // A counting verb that names no activity ends the phrase (部门|委派).
            // After a classifier of things (个, 家, 件, 条, 篇, 份) a word that alone ends the clause or an item of a list is the counted noun, however
            // tagged (三个试点单位，, 共收到122件提案，, 提交了16篇提案、2篇大会发言), and so is a paper's noun after another
            // word (等5件集体提案。; not 与20家企业结对，, where the verb closes the clause). A paper's noun the segmenter tags as a
            // verb (提案) is the noun wherever it stands after such a classifier (对6件同类提案进行督办, 将9件提案报送省政协).
            // Such a noun ends the phrase unless a noun follows it (提案|正式交给, 提案|（记者…）). After 份 only where it ends the
            // clause or a list item (提交了13份提案; not 收集了500份提案征集问卷, copies of a questionnaire).
            var afterThings = from > 0 && reading.Text[from - 1] is '个' or '家' or '件' or '条' or '篇' or '份';
            var nounFollows = k + 1 < tokens.Count && tokens[k + 1].Start == token.End && tokens[k + 1].End <= clauseEnd
                && ((tokens[k + 1].Tag.StartsWith('n') && tokens[k + 1].Tag != "nt") || tokens[k + 1].Tag is "vn" or "q" or "zg");
            if (token.Tag is "v" && afterThings && DocumentNouns.Contains(token.Word)
                && (reading.Text[from - 1] != '份' || token.End >= clauseEnd || reading.Text[token.End] is '、' or '和' or '及'))
            {
                end = token.End;
                if (nounFollows)
                {
                    continue;
                }

                break;
            }

            if (token.Tag is "v" && !((end == from || DocumentNouns.Contains(token.Word)) && (token.End == clauseEnd || reading.Text[token.End] == '、') && afterThings) && !nounFollows)
            {
                break;
            }

            if (withoutVerb && end > from && (ClosesWithActivity(tokens, k, clauseEnd) || ActivityManners.Contains(token.Word) && ClosesWithActivity(tokens, k + 1, clauseEnd)))
            {
                // 深入20家企业调研, 赴…等20多家企业深入调研: with no verb before the count, an activity's word closing the clause
                // after the noun is what was done there, not part of the noun (开展3次企业调研 keeps it).
                break;
            }

            end = token.End;
        }

        return reading.Text[from..end];
    }

    // How an activity is done, written before its word (深入调研, 实地视察).
    private static readonly HashSet<string> ActivityManners = ["深入", "实地", "专题", "集中"];

    private bool ClosesWithActivity(IReadOnlyList<Token> tokens, int k, int clauseEnd) =>
        k < tokens.Count && tokens[k].Tag == "vn" && tokens[k].End == clauseEnd && cues.CountVerbs.Contains(tokens[k].Word) && cues.KindNamed(tokens[k].Word) is not null;

    private static bool FigureFollows(string text, int from, int clauseEnd) =>
        text.AsSpan(from, clauseEnd - from).IndexOfAnyInRange('0', '9') >= 0;

    // The text with what is inside quotes blanked out (a verb in a quoted title is not the clause's verb).
    private static string WithoutQuotedText(UnitReading reading, int start, int end)
    {
        var chars = reading.Text[start..end].ToCharArray();
        foreach (var quote in reading.Unit.Quotes)
        {
            for (var i = Math.Max(quote.InnerStart, start); i < Math.Min(quote.InnerEnd, end); i++)
            {
                chars[i - start] = ' ';
            }
        }

        return new string(chars);
    }

    // 办理省人大代表建议1401件、省政协提案895件, 提交提案16篇、大会发言2篇和社情民意2篇: the object of a later count in
    // a list is its own item.
    // 和 and 及 close an item only after a counted one (2篇大会发言和), not inside a word (和美乡村, 及时).
    private static string ListItem(string objectText)
    {
        var cut = objectText.LastIndexOf('、');
        var joint = objectText.LastIndexOfAny(['和', '及']);
        if (joint > cut && objectText[(cut + 1)..joint] is { Length: > 0 } item && (char.IsAsciiDigit(item[0]) || ChineseFigure().Match(item) is { Success: true, Index: 0 }))
        {
            cut = joint;
        }

        return cut > 0 && objectText[..cut].Any(char.IsAsciiDigit) ? objectText[(cut + 1)..] : objectText;
    }

    public static string WithoutQuotes(string text) => text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
