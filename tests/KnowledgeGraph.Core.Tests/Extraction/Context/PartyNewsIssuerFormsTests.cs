namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A democratic party's own news of its committee or its members at the sessions: a headline whose subject is the
// party, a source line naming it, a story going on from the session's opening to the party's members. Sentences ours,
// patterns the genre's (party websites and the united front's pages).
public class PartyNewsIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Theory]
    [InlineData("九三学社通化市委在市“两会”上积极建言\n1月10日至14日，政协通化市第九届委员会第三次会议召开。会议期间，社员委员提交提案12件。", "九三学社通化市委员会")]
    [InlineData("民革通化市委召开参政议政工作座谈会\n12月6日下午，座谈会在市行政中心召开，民革界别的市政协委员参加会议。", "中国国民党革命委员会通化市委员会")]
    [InlineData("致公党通化市政协委员在政协通化市第九届三次会议上积极履职\n1月5日上午，政协通化市第九届委员会第三次会议开幕。", "中国致公党通化市委员会")]
    [InlineData("“两会”期间，九三学社通化市人大代表和政协委员认真履职\n1月11日至15日，通化市九届人大三次会议和政协九届三次会议召开。", "九三学社通化市委员会")]
    [InlineData("履职尽责展风采——我市致公党员在通化市“两会”上建言献策\n1月，通化市“两会”召开。", "中国致公党通化市委员会")]
    [InlineData("肩负光荣使命 履行参政职能 民盟通化市委“两会”再结硕果\n1月19日至23日，通化市“两会”召开。", "中国民主同盟通化市委员会")]
    public void A_headline_whose_subject_is_a_party_committee_or_its_members_gives_the_party_committee(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }

    [Fact]
    public void A_source_line_naming_a_party_committee_gives_it()
    {
        Assert.Equal("九三学社通化市委员会", Issuer("社员委员在全会上建言\n发布日期：2022-01-19 信息来源：九三学社通化市委\n1月11日，政协通化市第九届委员会第三次会议召开，社员委员提交提案8件。"));
    }

    [Theory]
    [InlineData("2月25日至29日，通化市政协九届三次会议和通化市九届人大四次会议隆重召开。民进通化市委会参加会议的市人大代表、市政协委员认真审议各项报告。")]
    [InlineData("2月20日至23日，通化市政协九届三次会议、通化市九届人大四次会议先后召开。民进会员中的2名市人大代表、16名市政协委员积极建言。")]
    public void A_story_going_on_from_the_sessions_opening_to_a_partys_members_is_the_partys(string text)
    {
        Assert.Equal("中国民主促进会通化市委员会", Issuer(text));
    }

    [Theory]
    [InlineData("九三学社社员、市政协委员赵某某：把论文写在田野上\n政协通化市委员会\n赵某某是市政协委员，多年来扎根农村推广种植技术。")]
    [InlineData("民进市委来我会座谈交流\n政协通化市委员会\n近日，民进通化市委一行走进市政协机关座谈。")]
    [InlineData("民革通化市委会调研市政协长春委员工作室建设情况\n政协通化市委员会\n11月26日，民革通化市委会主委赴长春市调研通化市政协长春委员工作室。")]
    [InlineData("民进通化市委会一行莅临梅河口市政协考察交流\n政协通化市委员会\n近日，民进通化市委会一行到梅河口市政协考察交流。")]
    [InlineData("民进通化市委会与市政协文史委联合开展调研\n政协通化市委员会\n近日，民进通化市委会与市政协文史委赴集安市调研。")]
    [InlineData("民革通化市委会主委赵某某当选市政协副主席\n来源：通化政协网\n2月5日，政协通化市第九届委员会第三次会议选举赵某某为市政协副主席。")]
    [InlineData("民盟通化市委会在市政协九届三次会议上作大会发言\n来源：通化政协网\n2月5日，政协通化市第九届委员会第三次会议举行第二次全体会议。")]
    [InlineData("民盟盟员赵某某：用脚步丈量民情\n政协通化市委员会\n赵某某是市政协委员，多年来深入乡村了解民情。")]
    [InlineData("委员们在全体会议上建言献策\n政协通化市委员会\n2月5日，政协通化市第九届委员会第三次会议第二次全体会议召开，11位委员作大会发言。\n民盟通化市委会赵某某、民进通化市委会钱某某等市政协委员分别代表所在党派发言。")]
    [InlineData("市政协开展提案办理“回头看”\n信息来源：民进通化市委会\n近日，政协通化市委员会组织委员对重点提案办理情况开展“回头看”。")]
    [InlineData("通化市政协召开九届三次会议\n2月25日，通化市政协九届三次会议召开。市政协主席主持会议，民进通化市委会主委作大会发言。")]
    public void A_member_profiled_a_party_visiting_or_a_party_speaking_at_the_committees_session_leaves_the_story_to_the_committee(string text)
    {
        // The committee's story (the one visited, where the party goes to another county's committee).
        Assert.StartsWith("政协", Issuer(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_committee_opening_the_first_sentence_after_the_occasion_gives_it()
    {
        Assert.Equal("中国国民党革命委员会通化市委员会", Issuer("1月16日，通化市两会开幕前夕，民革通化市委会在市区召开参政议政情况媒体通气会，介绍过去一年参政履职情况。\n今年，民革通化市委会拟向市政协九届四次会议提交集体提案12件。"));
    }

    [Fact]
    public void A_party_committees_credit_closing_the_story_gives_it()
    {
        Assert.Equal("九三学社通化市委员会", Issuer("2月3日下午，政协通化市第九届委员会第三次会议隆重开幕。\n本次会议上，社市委围绕新能源汽车产业发展等问题，向大会提交集体提案18篇。（九三学社通化市委）"));
    }

    [Fact]
    public void A_city_party_committees_headline_on_its_provincial_committees_site_is_the_city_committees()
    {
        Assert.Equal("中国民主促进会通化市委员会", Issuer("建真言献实策——民进通化市委会参加市政协大会履职综述\n发表时间：2026-02-09 来源：中国民主促进会吉林省委员会\n政协通化市第九届委员会第四次会议于2月6日至8日举行。会议期间，来自民进的12名市政协委员认真履职。"));
    }

    [Fact]
    public void A_party_committees_members_named_one_by_one_at_the_session_make_it_the_partys_story()
    {
        Assert.Equal("中国农工民主党通化市委员会", Issuer("2024年1月3日至5日，中国人民政治协商会议通化市第九届委员会第三次会议召开。\n农工党通化市委会赵某某、钱某某、孙某某、李某某、周某某、吴某某6名市政协委员参加会议。"));
    }

    [Theory]
    [InlineData("会务动态\n发布时间：2024-02-05 08:46:41\n作者：管理员\n1月28日至2月2日，通化市政协九届三次会议和九届人大四次会议隆重召开。通化民进的32位政协委员、9位人大代表紧扣中心大局积极建言。\n此次会议上，民进通化市委会提交团体提案8件，会员委员提交个人提案33件，为通化发展贡献民进智慧。", "中国民主促进会通化市委员会")]
    [InlineData("1月8日至12日，政协通化市九届一次会议、通化市九届人大一次会议胜利召开。27位盟员政协委员、10名盟员人大代表出席了会议。\n在政协会期间，盟员委员认真履行职责，某某代表盟市委在市政协大会作发言。", "中国民主同盟通化市委员会")]
    [InlineData("助力发展 真情履职 社内市人大代表、政协委员积极参加市“两会”\n通化市“两会”于4月10日至14日召开。社内7名人大代表、23名政协委员积极履职。\n会议期间，社市委在市政协全会上提交大会发言3篇，团体提案4件。", "九三学社通化市委员会")]
    public void A_page_naming_one_party_again_and_again_or_in_its_own_words_is_the_partys_news(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }

    [Theory]
    // 我会 speaks for the party named, even named only for its sector.
    [InlineData("通化市两会于1月17日至21日举行。我会主委、市政协常委某某及民进界别的21位市政协委员出席会议。\n在专题建言献策会上，我会副主委钱某某作了发言。", "中国民主促进会通化市委员会")]
    // 盟市委 where the segmenter cuts 到盟 / 市委.
    [InlineData("今年民盟通化市委共有28件集体和个人提案被市政协立案，盟市委主动与有关部门联系，邀请承办单位到盟市委座谈回访。", "中国民主同盟通化市委员会")]
    // 市委会 on a page naming no other party.
    [InlineData("在通化市两会上，致公党通化市委的3名市人大代表和12名市政协委员积极履职。市委会围绕养老服务向市政协提交集体提案3件，市委会提交的提案获评优秀提案。", "中国致公党通化市委员会")]
    // Named twice and once in its own words.
    [InlineData("在政协通化市第九届委员会第一次会议上，20件优秀提案受到表彰，其中民建有四件。\n通化民建下一步将把履职能力建设作为市委会工作重点。", "中国民主建国会通化市委员会")]
    public void A_party_named_for_its_sector_or_seldom_but_speaking_in_its_own_words_is_the_partys_news(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }

    [Theory]
    [InlineData("通化市政协九届三次会议举行全体会议\n2月5日，通化市政协九届三次会议举行第二次全体会议。民建通化市委会、民进通化市委会、农工党通化市委会的代表分别作大会发言。")]
    [InlineData("通化市政协九届三次会议举行全体会议\n2月5日，通化市政协九届三次会议举行第二次全体会议，民建通化市委会主委某某作大会发言。")]
    public void A_committees_session_story_naming_parties_committees_once_stays_the_committees(string text)
    {
        Assert.StartsWith("政协", Issuer(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("凝心聚力谋发展\n1月15日上午，政协通化市第九届委员会第三次会议在市会议中心隆重开幕。\n此次会议上，九三学社通化市委主委某某代表九三学社市委作了大会发言，引起与会委员共鸣。\n会议审议通过了常务委员会工作报告。")]
    [InlineData("九三学社界别委员开展专题视察\n5月16日，通化市政协组织九三学社界别委员赴梅河口市开展专题视察，市政协副主席某某带队。\n委员们先后来到农业科技园区，了解科技成果转化情况。")]
    [InlineData("聚力教育发展 民进界委员座谈会召开\n5月20日，通化市政协召开民进界委员座谈会，市政协副主席某某出席并讲话。\n座谈会上，民进界委员围绕义务教育均衡发展畅谈履职体会。\n某某希望，民进界委员立足界别特色积极建言。")]
    [InlineData("聚焦中心大局 汇聚党派智慧\n5月8日，市政协召开主席会议，听取各民主党派市委关于年度重点调研课题的汇报：\n民革通化市委组织专家围绕发展现代物流业开展深入调研，形成调研报告。\n通化市政协主席某某肯定了各民主党派的调研成果。")]
    [InlineData("同心共筑 携手奋进\n3月5日，民盟通化市委在市政协的组织下开展“委员进社区”界别活动，通化市政协副主席某某参加。\n活动中，委员们为社区群众提供义诊服务。")]
    [InlineData("加强交流互动 共谋履职良策\n5月10日，民建通化市委在主委某某的带领下来到市政协机关，与市政协提案委员会开展座谈交流。通化市政协副主席某某出席并讲话。\n座谈会上，民建市委介绍了重点调研课题安排。\n某某表示，民建市委长期以来积极支持市政协工作。")]
    public void A_committees_story_where_a_party_speaks_visits_or_names_its_sector_stays_the_committees(string text)
    {
        Assert.StartsWith("政协", Issuer(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12月19日至22日，政协梅河口市第十届委员会第二次会议召开，民建梅河口市基层委员会共有17名政协委员参加会议。\n会议期间，会员们认真履职，发出民建声音。\n民建梅河口市基层委主委某某作了大会发言。", "中国民主建国会梅河口市基层委员会")]
    [InlineData("3月2日，民盟集安市支部组织盟员赴乡镇开展义诊活动。\n盟员们为群众测量血压、讲解健康知识。", "中国民主同盟集安市支部")]
    public void A_partys_county_level_branch_is_named_as_a_branch(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }
}
