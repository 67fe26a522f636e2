using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Tests.Facts;

/// <summary>The loaded graph against the chronicle: chosen facts asserted with Cypher on the embedded engine.</summary>
public class SeedFactsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [SkippableFact]
    public async Task EconomicSecurityFund_Has2500OkuInFY2021And5000OkuPlanned()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (f:Fund {id: 'fund-econsec'})-[h:HAS_AMOUNT]->(x:Figure)
            RETURN x.value, x.unit, x.text, x.status, x.fiscalYear, h.aspect
            ORDER BY x.value
            """
        );

        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["250000000000", "JPY", "2,500億円", "planned", "2021"],
            rows[0].Take(5).Select(v => v.ToString())
        );
        Assert.Equal(["500000000000", "JPY", "5,000億円", "planned"], rows[1].Take(4).Select(v => v.ToString()));
        Assert.True(rows[1][4].IsNull);
        Assert.Equal("eventual size (将来的に)", rows[1][5].ToString());
    }

    [SkippableFact]
    public async Task Programs_Have100OkuEach_AtlaRunsTheSecurityTechnologyScheme()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (p:Program)-[:HAS_AMOUNT]->(x:Figure)
            OPTIONAL MATCH (o:Organization)-[:ADMINISTERS]->(p)
            RETURN p.id, x.value, x.status, o.nameEn
            ORDER BY p.id
            """
        );

        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["prog-istis", "10000000000", "existing", "Acquisition, Technology & Logistics Agency"],
            rows[0].Select(v => v.ToString())
        );
        Assert.Equal(["prog-k-program", "10000000000", "requested"], rows[1].Take(3).Select(v => v.ToString()));
        Assert.True(rows[1][3].IsNull);
    }

    [SkippableFact]
    public async Task KProgram_IsFundedByCabinetOfficeMextAndMeti_WithSources()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (o:Organization)-[f:FUNDS]->(:Program {name: '経済安全保障重要技術育成プログラム'})
            RETURN o.id, f.sources ORDER BY o.id
            """
        );

        Assert.Equal(["org-cabinet-office", "org-meti", "org-mext"], rows.Select(r => r[0].ToString()));
        Assert.Equal("['chr-econsec-chronicle']", rows[1][1].ToString());
        Assert.Contains(new CypherString("art-asahi-20210827-kprog-budget-request"), (CypherList)rows[0][1]);
    }

    [SkippableFact]
    public async Task CriticalTechnologyCouncil_MembersAreNssCabinetOfficeModMextAndResearchers()
    {
        db.RequireLoaded();
        var members = await db.ColumnAsync(
            """
            MATCH (m)-[r:MEMBER_OF]->(c:Organization {name: '重要技術研究開発協議会'})
            WHERE r.status = 'planned' AND c.provisionalName
            RETURN m.id ORDER BY m.id
            """
        );
        var adviser = await db.ScalarAsync(
            "MATCH (a)-[:ADVISES]->(:Organization {id: 'org-critical-tech-council'}) RETURN a.fiscalYear"
        );

        Assert.Equal(["grp-researchers", "org-cabinet-office", "org-mext", "org-mod", "org-nss"], members);
        Assert.Equal(CypherInteger.Of(2023), adviser);
    }

    [SkippableFact]
    public async Task EconomicSecurityBill_HasFourPillarsInOrder_AndIsToBeSubmittedInJanuary2022()
    {
        db.RequireLoaded();
        var pillars = await db.ColumnAsync(
            """
            MATCH (b:Bill {id: 'bill-econsec-promotion'})-[i:INCLUDES]->(m:Measure {kind: 'pillar'})
            RETURN m.name ORDER BY i.order
            """
        );
        var submission = await db.RowsAsync(
            """
            MATCH (:Bill {id: 'bill-econsec-promotion'})-[s:SUBMITTED_TO]->(e:Event)-[:HELD_BY]->(d:Organization)
            RETURN s.status, s.date, e.dateFrom, d.nameEn
            """
        );

        Assert.Equal(["サプライチェーン強靭化", "基幹インフラ強化", "特許非公開化", "官民技術協力"], pillars);
        Assert.Equal(
            ["planned", "2022-01", "2022-01-01", "National Diet"],
            Assert.Single(submission).Select(v => v.ToString())
        );
    }

    [SkippableFact]
    public async Task Decision20210427_ByTheInnovationCouncil_HasFourMeasuresInOrder()
    {
        db.RequireLoaded();
        var measures = await db.ColumnAsync(
            """
            MATCH (d:Decision)-[:DECIDED_BY]->(:Organization {nameEn: 'Integrated Innovation Strategy Promotion Council'})
            MATCH (d)-[:DECIDED_AT]->(e:Event)
            WHERE e.dateFrom = $day AND d.status = 'decided'
            MATCH (d)-[i:INCLUDES]->(m:Measure)
            RETURN m.name ORDER BY i.order
            """,
            ("day", CypherDate.Of(2021, 4, 27))
        );

        Assert.Equal(
            [
                "研究者は、海外を含む全ての研究資金の応募・受け入れ状況を開示",
                "研究者は、外国の人材登用プログラムを含む全ての所属組織と役職を申告",
                "虚偽申告には、研究費返還や助成制度への応募制限などの措置",
                "政府は、公的な研究費に関する指針を年内の早期に改定",
            ],
            measures
        );
    }

    [SkippableFact]
    public async Task ReportsOf20210427_YomiuriReportsTheDecision_TwoPapersTheInstitute()
    {
        db.RequireLoaded();
        var decision = await db.RowsAsync(
            """
            MATCH (a:Article)-[:REPORTS]->(:Decision {id: 'dec-2021-04-27-research-funding-transparency'})
            MATCH (a)-[:PUBLISHED_BY]->(p:Publisher)
            RETURN a.url, a.date, p.nameEn
            """
        );
        var institute = await db.ColumnAsync(
            """
            MATCH (p:Publisher)<-[:PUBLISHED_BY]-(a:Article)-[:REPORTS]->(o:Organization {id: 'org-econsec-institute'})
            WHERE 'Japanese DARPA' IN o.aliases
            RETURN p.name ORDER BY p.name
            """
        );

        Assert.Equal(
            ["https://www.yomiuri.co.jp/politics/20210426-OYT1T50262/", "2021-04-27", "The Yomiuri Shimbun"],
            Assert.Single(decision).Select(v => v.ToString())
        );
        Assert.Equal(["産経新聞", "読売新聞"], institute);
    }

    [SkippableFact]
    public async Task G7Agreement_IsExpectedAtTheSummitInTheUK_ReportedByNikkei()
    {
        db.RequireLoaded();
        var row = Assert.Single(
            await db.RowsAsync(
                """
                MATCH (d:Decision {kind: 'agreement'})-[:DECIDED_BY]->(:InternationalBody {name: 'G7'})
                MATCH (d)-[:DECIDED_AT]->(e:Event)-[:HELD_IN]->(c:Country)
                MATCH (a:Article)-[:REPORTS]->(d)
                RETURN d.status, e.dateFrom, e.dateTo, c.nameEn, a.date, a.id
                """
            )
        );

        Assert.Equal(
            [
                "expected",
                "2021-06-11",
                "2021-06-13",
                "United Kingdom",
                "2021-06-09",
                "art-nikkei-20210609-g7-research-data",
            ],
            row.Select(v => v.ToString())
        );
    }

    [SkippableFact]
    public async Task NikkeiAnalysis_Found473JointPapersWithMilitaryLinkedResearchers()
    {
        db.RequireLoaded();
        var row = Assert.Single(
            await db.RowsAsync(
                """
                MATCH (a:Article)-[:REPORTS]->(e:Event {kind: 'analysis'})-[:HAS_FIGURE]->(f:Figure)
                MATCH (e)-[:CONDUCTED_BY]->(p:Publisher)
                RETURN f.value, f.text, p.name, a.paywalled
                """
            )
        );

        Assert.Equal(["473", "過去5年間で合計473件", "日本経済新聞", "true"], row.Select(v => v.ToString()));
    }

    [SkippableFact]
    public async Task DisguisedName_HighTechInstituteOfXian_IsThePlaRocketForceUniversity()
    {
        db.RequireLoaded();
        var row = Assert.Single(
            await db.RowsAsync(
                """
                MATCH (o:Organization)-[:PART_OF]->(pla:Organization)-[:LOCATED_IN]->(c:Country)
                WHERE 'High Tech Institute of Xian' IN o.disguisedNames AND 'High Tech Institute of Xian' IN o.aliases
                RETURN o.id, pla.nameEn, c.name
                """
            )
        );

        Assert.Equal(["org-rfue", "People's Liberation Army", "中国"], row.Select(v => v.ToString()));
    }

    [SkippableFact]
    public async Task YomiuriSeries2020_IsNumbered1_2_7_8_9_InDateOrder()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (a:Article)-[p:PART_OF_SERIES]->(s:Series {id: 'ser-yomiuri-anpo60-part2'})
            RETURN p.number, p.numberLabel, a.date ORDER BY p.number
            """
        );

        Assert.Equal(["<1>", "<2>", "<7>", "<8>", "<9>"], rows.Select(r => r[1].ToString()));
        Assert.Equal(
            ["2020-05-04", "2020-05-05", "2020-05-14", "2020-05-16", "2020-05-17"],
            rows.Select(r => r[2].ToString())
        );
    }

    [SkippableFact]
    public async Task NikkeiSeries2020_IsNumberedJoChuGe_On3To5June()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (a:Article)-[p:PART_OF_SERIES]->(:Series {name: '経済安保政策を追う'})
            RETURN p.numberLabel, a.date ORDER BY p.number
            """
        );

        Assert.Equal(["(上)", "(中)", "(下)"], rows.Select(r => r[0].ToString()));
        Assert.Equal(["2020-06-03", "2020-06-04", "2020-06-05"], rows.Select(r => r[1].ToString()));
    }

    [SkippableFact]
    public async Task Amari_ChairsTheLdpTaxCommission_InMay2020()
    {
        db.RequireLoaded();
        var row = Assert.Single(
            await db.RowsAsync(
                """
                MATCH (p:Person {nameEn: 'Akira Amari'})-[h:HOLDS_POSITION]->(c)-[:PART_OF]->(party)
                RETURN h.role, h.date, c.name, party.aliases
                """
            )
        );

        Assert.Equal("会長", row[0].ToString());
        Assert.Equal("2020-05-17", row[1].ToString());
        Assert.Equal("自民党税制調査会", row[2].ToString());
        Assert.Contains(new CypherString("LDP"), (CypherList)row[3]);
    }

    [SkippableFact]
    public async Task ThousandTalents_44JapaneseResearchersConfirmed_31And58PercentOfUniversities()
    {
        db.RequireLoaded();
        var count = await db.ScalarAsync(
            """
            MATCH (g:Group)-[:PARTICIPATES_IN]->(:Program {nameEn: 'Thousand Talents Plan'})
            MATCH (g)-[:HAS_FIGURE]->(f:Figure {unit: 'count'})
            RETURN f.value
            """
        );
        var shares = await db.ColumnAsync(
            """
            MATCH (:Article {date: '2021-04-17'})-[:REPORTS]->(e:Event)-[:HAS_FIGURE]->(f:Figure {unit: 'percent'})
            RETURN f.value ORDER BY f.value
            """
        );

        Assert.Equal(CypherInteger.Of(44), count);
        Assert.Equal(["31", "58"], shares);
    }

    [SkippableFact]
    public async Task Timeline_April2021_HoldsTheMeetingAndBothPeriods()
    {
        db.RequireLoaded();
        var ids = await db.ColumnAsync(
            """
            MATCH (e:Event)
            WHERE e.dateFrom <= $to AND e.dateTo >= $from
            RETURN e.id ORDER BY e.id
            """,
            ("from", CypherDate.Of(2021, 4, 1)),
            ("to", CypherDate.Of(2021, 4, 30))
        );

        Assert.Equal(
            [
                "ev-2021-04-27-istpc-meeting",
                "ev-2021-natuniv-ttp-survey",
                "ev-period-1-public-awareness",
                "ev-period-2-government-acceleration",
            ],
            ids
        );
    }

    [SkippableFact]
    public async Task Provenance_EveryRelationshipAndEveryNonArticleNodeCitesASource()
    {
        db.RequireLoaded();
        var unsourcedRelationships = await db.ScalarAsync(
            "MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(r)"
        );
        var unsourcedNodes = await db.ScalarAsync(
            "MATCH (n:Entity) WHERE NOT n:Article AND NOT n:Chronicle AND (n.sources IS NULL OR size(n.sources) = 0) RETURN count(n)"
        );
        var badSources = await db.ScalarAsync(
            """
            MATCH ()-[r]->() UNWIND r.sources AS sid
            OPTIONAL MATCH (s:Entity {id: sid})
            WITH s WHERE s IS NULL OR NOT (s:Article OR s:Chronicle)
            RETURN count(*)
            """
        );

        Assert.Equal(CypherInteger.Of(0), unsourcedRelationships);
        Assert.Equal(CypherInteger.Of(0), unsourcedNodes);
        Assert.Equal(CypherInteger.Of(0), badSources);
    }

    [SkippableFact]
    public async Task Articles_HaveTitlePublisherDateUrlAndAccess()
    {
        db.RequireLoaded();
        var rows = await db.RowsAsync(
            """
            MATCH (a:Article)-[:PUBLISHED_BY]->(p:Publisher)
            RETURN count(a), count(a.url), count(a.date), count(a.access), count(a.citedAs), count(a.paywalled), count(DISTINCT p)
            """
        );

        Assert.Equal(["24", "24", "24", "24", "24", "8", "5"], Assert.Single(rows).Select(v => v.ToString()));
    }

    [SkippableTheory]
    [InlineData("ATLA", "org-atla")]
    [InlineData("防衛装備", "org-atla")]
    [InlineData("Acquisition", "org-atla")]
    [InlineData("High Tech Institute of Xian", "org-rfue")]
    [InlineData("千人計画", "prog-thousand-talents")]
    [InlineData("日本版DARPA", "org-econsec-institute")]
    public async Task FullText_FindsByJapaneseNameEnglishNameOrAlias(string text, string expected)
    {
        db.RequireLoaded();
        var ids = await db.ColumnAsync(
            "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node.id",
            ("q", new CypherString(text))
        );

        Assert.Contains(expected, ids);
    }
}
