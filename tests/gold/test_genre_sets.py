"""The held-out gold sets of other genres (entities and relations) stay consistent with their texts and the KB tables.

One parametrised test per check for every set; what differs between the sets (how many texts of each genre,
their lengths) is in ``SETS``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linking import check_linking_gold
from relations_genres import check_gold

HERE = Path(__file__).resolve().parent
NEWS_LENGTH = {"genres_heldout3": (500, 700), "genres_heldout4": (500, 800), "genres_heldout5": (500, 800), "genres_heldout7": (500, 800), "genres_heldout8": (500, 800), "genres_heldout12": (500, 800), "genres_heldout14": (400, 1200), "genres_heldout15": (500, 800), "genres_heldout18": (500, 800), "genres_heldout21": (500, 800), "genres_heldout23": (500, 800), "genres_heldout26": (500, 800), "genres_heldout27": (500, 800), "genres_heldout30": (150, 400), "genres_heldout31": (200, 900), "genres_heldout33": (400, 1000), "genres_heldout34": (300, 800), "genres_heldout36": (300, 800), "genres_heldout37": (300, 800), "genres_heldout38": (300, 800), "genres_heldout39": (300, 800), "genres_heldout40": (300, 800), "genres_heldout41": (300, 800), "genres_heldout42": (300, 800), "genres_heldout43": (300, 800), "genres_heldout44": (300, 800), "genres_heldout45": (300, 800), "genres_heldout46": (300, 800), "genres_heldout47": (300, 900), "genres_heldout48": (300, 900), "genres_heldout49": (300, 900), "genres_heldout50": (300, 900), "genres_heldout51": (300, 1000), "genres_heldout52": (300, 1000), "genres_heldout53": (300, 1000), "genres_heldout54": (300, 1200), "genres_heldout55": (300, 1000), "genres_heldout56": (300, 1200), "genres_heldout57": (300, 1200)}  # the other genres: OTHER_LENGTH
SETS = {  # set: (texts per genre, length of every text but news)
    "genres_heldout": ({"news": 10, "digest": 6, "policy": 6, "report": 4, "notice": 4}, (400, 900)),
    "genres_heldout2": ({"news": 5, "digest": 5, "policy": 5, "report": 5, "invest": 5, "notice": 5}, (450, 600)),
    "genres_heldout3": ({"news": 12, "digest": 6, "policy": 4, "invest": 4, "report": 4}, (450, 600)),
    "genres_heldout4": ({"news": 16, "digest": 5, "policy": 4, "report": 3, "notice": 2}, (450, 600)),
    "genres_heldout5": ({"news": 20, "policy": 4, "report": 3, "digest": 3}, (400, 500)),
    "genres_heldout7": ({"news": 24, "policy": 2, "notice": 2, "report": 2}, (400, 900)),
    # newsletter-genre articles, each as a think-tank digest prints it (news items with a trailer among them)
    "genres_heldout6": ({"digest": 11, "think": 8, "invest": 6, "news": 5}, (400, 900)),
    "genres_heldout9": ({"digest": 10, "think": 7, "invest": 8, "news": 5}, (400, 900)),
    "genres_heldout10": ({"digest": 12, "think": 8, "invest": 5, "news": 5}, (400, 900)),
    "genres_heldout8": ({"news": 24, "policy": 2, "notice": 2, "report": 2}, (400, 900)),
    # official documents only: 实施意见/若干措施/行动方案, 通知/公告/批复/通报, 政府工作报告/工作总结/统计公报
    "genres_heldout11": ({"policy": 10, "notice": 10, "report": 10}, (400, 900)),
    "genres_heldout12": ({"news": 24, "policy": 2, "notice": 2, "report": 2}, (400, 900)),
    # official documents of other kinds: 规划/行动方案 (plan), 管理办法/实施细则 (measures), 政策解读/新闻发布会 (interpretation),
    # 批复/函/通报 (reply)
    "genres_heldout13": ({"plan": 10, "measures": 8, "interpretation": 6, "reply": 6}, (400, 900)),
    # news reports with interviews (记者：…？ and the official's answers) of a mayor, a 区长, a 局长 or a 主任
    "genres_heldout14": ({"news": 24, "feature": 6}, (400, 1200)),
    # regional-industry news of 西南, 华中 and the south-east coast, with short features comparing two or three regions
    "genres_heldout15": ({"news": 24, "feature": 6}, (400, 900)),
    # official documents of kinds not yet in the sets: 领导讲话 (speech), 常务会议 通稿 (readout), 调研报告/督查通报/统计分析/
    # 政府工作报告 (report), 招商推介/公告/印发通知 (notice), 产业链链长制 工作方案 (plan)
    "genres_heldout16": ({"speech": 6, "readout": 6, "report": 6, "notice": 6, "plan": 6}, (400, 900)),
    # single newsletter items (a headline and one to three paragraphs) as a regional-policy digest prints them
    "genres_heldout17": ({"newsletter": 30}, (120, 450)),
    # regional-industry news of regions the sets cover little (晋蒙宁甘新, 皖苏浙, 广东 districts, 上海 districts), with short
    # features and interviews comparing two or three regions
    "genres_heldout18": ({"news": 24, "feature": 6}, (400, 900)),
    # official documents of kinds not yet in the sets: 专项资金 申报指南 (guide), 认定/拟入选名单 公示 (list), 条例 and 人大 执法检查/
    # 调研报告 excerpts (regulation), 建议/提案 答复函 (reply), 专题会议纪要 (minutes), 对口合作 方案 and 三年行动计划 (plan)
    "genres_heldout19": ({"guide": 5, "list": 5, "regulation": 5, "reply": 5, "minutes": 5, "plan": 5}, (400, 900)),
    # single newsletter items of a bank or think-tank regional digest, weighted to funds (母基金, 子基金, 基金招商, 国资 基金 reform) and
    # targets beside past figures
    "genres_heldout20": ({"newsletter": 30}, (120, 450)),
    # regional-industry news of 豫冀辽吉黑青滇桂琼闽赣 and 北京/天津 districts (signings naming the investor's home, 国资 funds,
    # targets beside past statistics, districts several cities have), with short features and interviews (记者：… / the official's answers)
    "genres_heldout21": ({"news": 24, "feature": 3, "interview": 3}, (400, 900)),
    # official documents of kinds not yet in the sets: 年度工作要点 (workplan), 工作总结和下一步安排 (summary), 预算执行情况报告 (budget),
    # 下达专项资金的通知 (funds), 招商引资/产业扶持 若干政策 (incentive), 政府投资基金管理办法 (fundrule), 通报表扬/典型经验 (commendation),
    # 政府信息公开年度报告 and 专项债券 信息披露 (disclosure)
    "genres_heldout22": ({"workplan": 5, "summary": 4, "budget": 4, "funds": 4, "incentive": 4, "fundrule": 3, "commendation": 3, "disclosure": 3}, (400, 900)),
    # regional-industry news of 山东, 湖南, 广东, 浙江, 贵州, 新疆, 上海 and 重庆 (officials quoted by title, firm-led stories, signings naming
    # the investor's home, 国资 funds, targets beside past statistics, districts several cities have), with short features and interviews
    "genres_heldout23": ({"news": 24, "feature": 3, "interview": 3}, (400, 900)),
    # official documents of kinds not yet in the sets: 都市圈 发展规划 (metroplan), 重点建设项目 计划 清单 (projectlist), 开发区 考核评价 and 营商环境
    # 评价 通报 (assessment), 战略合作协议 公告 (agreement), 设立/升级 开发区 的批复 (approval), 征求意见稿 with 起草说明 (draft), 惠企政策 兑现
    # 公示 (payout), 审计工作报告 on 专项资金 and 引导基金 (audit), 市委 全会 公报/决议 (communique)
    "genres_heldout24": ({"metroplan": 3, "projectlist": 3, "assessment": 4, "agreement": 4, "approval": 3, "draft": 4, "payout": 3, "audit": 3, "communique": 3}, (400, 900)),
    # newsletter-genre items of think-tank digests: regional-policy digest items (digest), analysts' advice and comparisons
    # (commentary), statistics of past periods with a few targets (dataitem)
    "genres_heldout25": ({"digest": 15, "commentary": 8, "dataitem": 7}, (400, 900)),
    # regional-industry news of 苏/鄂/川/陕/皖/闽/蒙 and 天津/北京 districts (districts several cities have, province+city compounds,
    # officials quoted by title, firm-led stories, signings naming the investor's home, 国资 funds, targets beside past statistics,
    # 香港金管局/澳门贸促局 in cross-border stories), with short features comparing cities and interviews of a 主任, a 局长 and a 区长
    "genres_heldout26": ({"news": 24, "feature": 3, "interview": 3}, (400, 900)),
    # regional-industry news of 桂滇赣豫冀黑吉甘琼, 重庆 and 深圳 districts (南昌/南昌县, 长春朝阳区/南关区 with and without 长春市, province+city
    # compounds, officials quoted by title, firm-led stories, signings naming the investor's home, 国资/district funds, targets beside past
    # statistics, 香港/澳门 bodies in cross-border stories), with features comparing two or three cities and interviews of a 局长 and two 区长
    "genres_heldout27": ({"news": 24, "feature": 3, "interview": 3}, (400, 900)),
    # official documents of kinds the sets had least: 关于印发…的通知 with the document attached and joint notices (notice), 政府工作报告
    # sections and 专项规划 中期评估 (report), 产业链 招商推介公告 (invest), 人大常委会 决议/决定 (regulation), 新区/开发区 批复 (approval),
    # 产业基金 设立方案 and 对口支援/协作 方案 (plan), 实施细则 implementing another body's document (measures); 青藏宁黔辽晋桂 regions
    "genres_heldout28": ({"notice": 7, "report": 5, "invest": 3, "regulation": 3, "approval": 3, "plan": 6, "measures": 3}, (400, 900)),
    # newsletter-genre items of think-tank and 招商 digests: a region's new policy (digest), commentaries comparing two to four
    # regions (commentary), statistics of past periods with a few targets stated as such (dataitem), 领导参阅 short items (brief)
    "genres_heldout29": ({"digest": 14, "commentary": 8, "dataitem": 5, "brief": 3}, (400, 900)),
    # regional-industry news of 鲁浙粤湘晋辽黔 and 上海 districts as different outlets write it (财经 site, provincial daily, TV website,
    # six wire-style short reports of 150–250 characters), with four features comparing two or three cities
    "genres_heldout30": ({"news": 26, "feature": 4}, (400, 900)),
    # regional-industry news of 川鄂陕皖苏闽蒙新宁 and 天津 (滨海新区) as different outlets write it, 200–900 characters (renamed 宜宾县, shared
    # 鼓楼区/新城区/西湖区, province+city compounds, officials by title, 国资 funds, signings naming the investor's home, targets beside past
    # statistics, markets and customers), with six features comparing two or three cities
    "genres_heldout31": ({"news": 24, "feature": 6}, (200, 900)),
    # newsletter items of regional-policy digests (双周决策观察, 信息摘编, 区域政策参考): a region's new policy with funds and targets
    # (digest), commentaries comparing two to four regions (commentary), past statistics with two targets each (dataitem), 领导参阅
    # items with 牵头单位 tasks and a renamed county (brief); regions of every 大区, zones and agencies as subjects
    "genres_heldout32": ({"digest": 15, "commentary": 7, "dataitem": 4, "brief": 4}, (400, 900)),
    # regional-industry news of 湘赣粤桂渝滇鲁冀吉浙 (长沙/长沙县/望城, 南昌/南昌县, 深圳 districts and 海口龙华区, 横琴 with a 澳门 body, renamed
    # 渝北区/莱芜市, 长春 朝阳区 beside 北京 朝阳区, 雄安新区 and its fund, 国资 母基金, a provincial meeting's tasks, a national document a city
    # 落实, rankings, targets beside past statistics and forecasts, markets and customers), with four interviews of a 局长 and a 区长
    "genres_heldout33": ({"news": 26, "interview": 4}, (400, 1000)),
    # three kinds of text on one set: official documents of local governments and departments (关于印发…的通知 with header
    # and signature as notice, 若干措施/实施意见 as policy, 政府工作报告 excerpts as report, 行动方案 as plan; 500–1,000
    # characters), think-tank newsletter items (双周决策观察, 信息摘编; 250–600) and regional-industry news of a provincial
    # daily, a 财经 site, a TV website and a wire service (300–800); regions of every 大区, zones, agencies and funds as subjects
    "genres_heldout34": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # newsletter items of think-tank and government-research digests (双周决策观察, 信息摘编, 决策参考, 领导参阅, 经济要情, 区域动态):
    # a headline (some with a column tag) and one to three dense paragraphs on regional policy and industry — a province's plan
    # assigning roles to its cities, comparisons of two or three places, funds (government, 国资, zone, sub-funds), zones'
    # measures, targets beside past statistics, national documents implemented, 点评/启示 trailers; regions of every 大区
    "genres_heldout35": ({"newsletter": 30}, (250, 700)),
    # regional-industry news as local and financial sites print them (a dateline, 当地/该市/区里 for the topic region, officials
    # and firms quoted; 300–800 characters) and newsletter items of think-tank and government-research digests (a headline, some
    # with a column tag, one to three dense paragraphs, some with a 点评/启示; 250–700): plans assigning roles to cities, funds,
    # comparisons, national lists, missing sectors (模具, 电机电器, 袜业) and zones, targets beside past statistics
    "genres_heldout36": ({"news": 15, "newsletter": 15}, (250, 700)),
    # regional-industry news as local and financial sites print them (a dateline, 当地/该市/这里 for the topic region, officials
    # and firms quoted; 300–800 characters) and newsletter items of think-tank and government-research digests (a headline, some
    # with a column tag, one to three dense paragraphs, some with a 点评/启示; 250–700): provincial plans assigning roles to cities,
    # government, zone, joint and 国资 funds, comparisons, sectors the scheme lacks (钛, 起重装备, 绿色铝, 盐湖), targets beside past figures
    "genres_heldout37": ({"news": 10, "newsletter": 20}, (250, 700)),
    # regional-industry news as local and financial sites print them (the topic place often only in the headline or dateline,
    # then 当地/该市/全旗; 300–800 characters) and newsletter items of think-tank digests (250–700), leaning on county- and
    # district-level subjects, 飞地 parks, 对口支援/东西部协作, city-cluster and 都市圈 plans giving each city a role, provincial
    # plans quoting a list of key industries, funds, sectors the scheme lacks (羊绒, 铝, 花炮, 马铃薯), targets beside past figures
    "genres_heldout38": ({"news": 12, "newsletter": 18}, (250, 700)),
    # regional-industry news as local and financial sites print them (300–800 characters) and newsletter items of think-tank,
    # 招商 and 发改 research digests (250–700), leaning on local governments' money (guidance funds and sub-funds, 城投 turning to
    # industrial investment, 国资 and joint funds, 以投带引), western and north-eastern provinces and their counties, several
    # places' measures side by side, zones the tables lack, sectors the scheme lacks (菱镁, 盐湖化工, 藏医药), targets beside past figures
    "genres_heldout39": ({"news": 15, "newsletter": 15}, (250, 700)),
    # three kinds of text on one set, leaning on 湘赣鄂桂琼滇黔闽: official documents (关于印发…的通知 with header and signature,
    # some joint, as notice; 若干措施/实施意见 as policy; 政府工作报告 and a bureau's 工作总结 as report; 发展规划/行动方案 as plan),
    # newsletter items of think-tank digests (250–700) and regional-industry news (300–800) on 低空经济, 海洋经济, 银发经济, 种业,
    # 数据要素/算力, 新型储能, 文旅融合, 口岸 and 县域特色产业, with national documents implemented, lead units, places compared
    "genres_heldout40": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on the northern, north-eastern and north-western provinces: official documents
    # (关于印发…的通知, joint ones of three and four bodies, as notice; 若干措施/实施意见 and a 政策解读 as policy; a 政府工作报告 and a
    # bureau's 工作总结 as report; 行动方案/发展规划 as plan), newsletter items (250–700) and regional-industry news (300–800) on
    # 冰雪经济, 氢能, 现代煤化工, 工业母机, 新能源基地与绿电, 商业航天, 生物制造, 人工智能+, 首发经济, 农产品精深加工, 老工业基地 and 对口合作
    "genres_heldout41": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on the Yangtze delta, the Pearl River delta and the south-west: official documents
    # (关于印发…的通知, joint ones of two and four bodies, as notice; 若干措施/实施意见 and a 政策解读 as policy; a 政府工作报告 and a
    # bureau's 工作总结 as report; 发展规划/行动方案 assigning districts as plan), newsletter items (250–700) and regional-industry news
    # (300–800) on 集成电路, 低空经济, 新型储能, 海洋经济, 跨境电商, 数据要素与算力, 智能网联汽车, 银发经济, 预制菜, 飞地经济, 开发区改革,
    # 外资招引 and 国资基金, with cross-border zones (横琴, 前海, 长三角示范区, 川渝高竹新区)
    "genres_heldout42": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on central China, the north-west, the north-east and the south: official
    # documents (关于印发…的通知, joint ones of two and three bodies, one of a department and a city government, as notice;
    # 若干措施, a department's 申报指南 and a 政策问答 as policy; a 地区's 政府工作报告 and a bureau's 工作总结 as report; a 行动方案 and
    # a provincial government's 批复 of a city's plan as plan), newsletter items (250–700) and regional-industry news (300–800) on
    # 先进计算与信创, 新能源汽车零部件, 种业, 稀土与有色金属, 中医药, 文旅融合, 向西开放, 陆海新通道, 自贸港, 县域特色产业,
    # 资源型城市转型, 承接产业转移, 科技成果转化 and government investment funds
    "genres_heldout43": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on the east, the south-west and the north: official documents (关于印发…的通知, joint
    # ones of four bodies and of a department with a bank, a 领导小组 office's, as notice; 若干措施, a 征求意见稿 with its 起草说明 and a
    # district's 公告 as policy; a 行动方案 excerpt and a ministry-level 复函 as plan; a 州's 政府工作报告 and a commission's 工作要点 as
    # report), newsletter items (250–700) and regional-industry news (300–800) on 低空经济, 海洋经济, 生物制造, 人工智能+, 数据要素与算力,
    # 集成电路, 新型储能, 氢能, 商业航天, 预制菜, 银发经济, 跨境电商, 绿色石化, 高端装备, 飞地经济, 山区县, 城市更新 and government funds
    "genres_heldout44": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on places little written about (赣桂黔滇甘青宁新蒙黑吉晋豫湘鄂, their 自治州, 盟,
    # 地区, 旗, county-level cities and zones): official documents (关于印发…的通知 of a department and joint ones of two and three
    # bodies, a department's 名单 公示, as notice; a city's 实施意见 with 责任单位, a 盟's 若干措施 and a provincial 办公厅's 若干措施
    # as policy; a 行动计划 and a regional government's 批复 of a county-level city's plan as plan; a county's 政府工作报告 and a
    # bureau's 工作总结 as report), newsletter items (250–700) and regional-industry news (300–800) on 锂电, 光伏制造, 风电装备,
    # 煤化工, 稀土, 有色金属, 乳业与牛羊肉, 林下经济与中药材, 边境贸易与跨境物流, 算力枢纽, 承接产业转移, 县域商业, 冰雪文旅,
    # 职业教育与产业工人 and government investment funds
    "genres_heldout45": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on the coast and the Sichuan basin (鲁苏浙闽粤琼冀津辽, 川渝陕皖): official
    # documents (a joint 通知 of three provincial departments attaching a 实施方案, a ministry's pilot-list 通知, a city bureau's
    # 征求意见稿, as notice; a district's 若干政策 with amounts and 适用对象, a provincial 办公厅's 实施意见 with 牵头单位 and a city's
    # 若干措施 with 责任单位, as policy; a zone committee's 产业规划 and a provincial 三年行动计划 with 任务分工 lines, as plan; a city's
    # 政府工作报告 and a bureau's 工作总结, as report), newsletter items (250–700) and regional-industry news (300–800, two
    # interviews, a signing and an investment fair) on 低空经济, 商业航天, 具身智能, 大模型, 集成电路, 生物医药, 海工装备, 氢能与储能,
    # 新能源汽车零部件, 预制菜, 纺织服装与家居, 跨境电商, 港航物流, 首发经济, 科技金融, 专精特新, 未来产业 and mother/sub/angel/并购 funds
    "genres_heldout46": ({"notice": 3, "policy": 3, "report": 2, "plan": 2, "newsletter": 10, "news": 10}, (250, 1000)),
    # three kinds of text on one set, leaning on counties and districts of every province (县, 县级市, 市辖区, 旗, 自治县; a county
    # with its city and province, same-name counties and districts of two provinces, 乡镇 and 园区 below them): official documents
    # (a province's 重点县 notice and a joint one of three city bureaus, a county government's notice with its 实施方案, a zone
    # committee's 公告, as notice; a district's 若干措施 with 责任单位, a 县委县政府 实施意见 and a city's 招商引资 征求意见稿 with 起草说明
    # as policy; a city bureau's 工作要点 and a city's 发展规划 as plan; a county's 政府工作报告 twice and a district's 工作总结 as
    # report), 县域经济 newsletter items (250–700) and county news (300–900) on 食用菌, 茶叶, 中药材, 竹木, 铸造/锻造, 五金, 纺织,
    # 电子信息配套, 新能源装备配套, 再生资源, 光伏治沙, 抽水蓄能, 冷链, 电商直播, 乡村旅游与康养, 劳务品牌, 飞地园区 and county funds
    "genres_heldout47": ({"notice": 4, "policy": 3, "plan": 2, "report": 3, "newsletter": 6, "news": 12}, (250, 1000)),
    # official documents, newsletter items and regional-industry news on city clusters and cross-regional cooperation (京津冀,
    # 长三角, 粤港澳大湾区, 成渝, 长江中游, 关中平原, 北部湾, 黄河流域, 东北; 对口支援/协作, 飞地, 共建园区, joint funds): joint notices of two to
    # four bodies, 实施意见 with 责任单位 of two cities, a 征求意见稿, a cluster's 行动计划, zones outside the tables, joint targets
    "genres_heldout48": ({"notice": 4, "policy": 3, "plan": 2, "report": 3, "newsletter": 6, "news": 12}, (250, 1000)),
    # official documents, newsletter items and regional-industry news on county economies and resource-based / old-industrial
    # cities in transition (百强县, 县域特色产业集群, 县城承载能力; coal, steel and nonferrous cities: 大同, 鄂尔多斯, 攀枝花, 白银, 鹤岗,
    # 萍乡, 石嘴山, 个旧, 本溪, 黄石; 老工业基地 districts; 农产品加工 and 乡村振兴 industries of the west and north-east): joint notices,
    # 实施意见/若干措施 with 责任单位, a 征求意见稿, a district's and a city's plans, work and statistics reports, sectors the scheme lacks
    "genres_heldout49": ({"notice": 4, "policy": 3, "plan": 2, "report": 3, "newsletter": 6, "news": 12}, (250, 1000)),
    # regional-industry news (a project landing in a county, a city's or a zone's figures, an investment-promotion event, officials'
    # visits, an interview with a bureau head, a park's opening, a fund's first investments, a ranking; 300–900 characters) and
    # think-tank newsletter items with 点评/编者按 (250–900) on the industries regions back in 2025–2026 across every province: 低空经济,
    # 人形机器人, 算力, 生物制造, 商业航天, 新型储能, 氢能, 预制菜, 文旅, 跨境电商, 集成电路, 新能源汽车 and older sectors
    "genres_heldout50": ({"news": 20, "newsletter": 10}, (250, 900)),
    # official documents only, of the middle and west (豫鄂湘赣皖晋陕甘宁青新藏川渝黔滇桂蒙): 关于印发…的通知 with the document they
    # print, joint notices, a 申报 notice, a 名单 公示, a 批复, a funds notice, a 管委会's 若干措施 (notice); 若干措施/实施意见/实施细则 with
    # amounts and 牵头单位/责任单位, a 申报指南, a 政策解读, a 征求意见稿 with 起草说明, a district's measures (policy); 三年行动方案 with 到2027年
    # targets and 任务分工 (plan); 政府工作报告 excerpts of cities, a county-level city and a district, a bureau's 工作总结和工作要点 (report)
    "genres_heldout51": ({"notice": 9, "policy": 9, "plan": 6, "report": 6}, (300, 1000)),
    "genres_heldout52": ({"notice": 4, "policy": 2, "plan": 2, "report": 2, "newsletter": 10, "news": 10}, (300, 1000)),
    # official documents, think-tank newsletter items with 点评/编者按 and regional-industry news on government industrial funds and
    # 招商引资 (引导基金/母基金/子基金 and their 投向, 国资 platforms' funds, zones' funds, signings, fund-management measures of
    # 财政厅/发改委, targets beside past statistics, funds compared or cited, documents implemented or approved) across every 大区
    "genres_heldout53": ({"notice": 4, "policy": 2, "plan": 2, "report": 2, "newsletter": 10, "news": 10}, (300, 1000)),
    # regional-industry news only, as different outlets write it (本报讯/XX网…讯/…电 straight news, features opening on a scene
    # or a person, interviews 记者：…, data reports, one county's or district's industry, several places at once) on how regions build
    # new industries: 低空经济, 人工智能, 新型储能, 生物医药, 商业航天, 算力, 新材料, 现代农业, 文旅; the region often named only in the
    # title or lead (当地, 该市, 这里, 全县), bureaus in short form, funds in passing, targets beside past figures, places compared
    "genres_heldout54": ({"news": 30}, (300, 1200)),
    # think-tank and government-research newsletter items only (双周决策观察, 信息摘编, 决策参考, 研究动态 kinds) on regional policy moves
    # of 2025–2026: a province's plan beside its cities' and districts' measures, agencies in full and short form, funds and their
    # 投向, targets beside past statistics, documents implemented, regions compared, signed cooperation; about half with 点评/编者按
    "genres_heldout55": ({"newsletter": 30}, (300, 1000)),
    # official documents (a city office's and a joint provincial notice, a district bureaus' notice; a county's, a district's and a
    # district government's measures; a city's and a commission's plans for counties; a county's and a county-level city's 政府工作报告),
    # county news (300–1,200) and newsletter items with 点评 on county economies and district industry in 2025–2026: 县域特色产业集群,
    # 预制菜, 县域商业体系, 飞地经济, 强县工程, county funds, renamed counties (上党区, 屯留区, 双城区, 长垣市) and same-named districts
    "genres_heldout56": ({"notice": 3, "policy": 3, "plan": 2, "report": 2, "newsletter": 10, "news": 10}, (300, 1200)),
    # news reports (本报讯 / 记者…从…获悉, officials quoted, unnamed firms, past figures beside goals) and official documents (a joint
    # 印发 notice, a 首台（套） call, a 数据局's notice, a 科技局's reply to a deputy, a 专精特新 call; 若干措施 with articles and 牵头单位;
    # 政府工作报告 excerpts of a district, a province and a county-level city; province and city 行动方案/工作计划) on science and technology
    # innovation and the digital economy in 2025–2026: 人工智能+, 数据要素 and 数据交易所, 算力 hubs, 概念验证中心, 中试基地, 首台套,
    # 科技创新券, 专精特新, 新型研发机构, 高新区 and 新区, talent measures, funds, targets beside statistics, comparisons, joint labs
    "genres_heldout57": ({"news": 15, "notice": 5, "policy": 4, "report": 3, "plan": 3}, (300, 1200)),
}


def _records(name: str, kind: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", SETS)
def test_entities_have_no_problems(name):
    problems, _notes = check_linking_gold.check(HERE / name / "entities.jsonl", HERE / name / "texts")
    assert problems == []


@pytest.mark.parametrize("name", SETS)
def test_relations_have_no_problems(name):
    assert check_gold.check({HERE / name / "relations.jsonl": HERE / name / "texts"}) == []


@pytest.mark.parametrize("name", SETS)
def test_every_text_of_each_genre_is_annotated_in_both_files(name):
    counts, (low, high) = SETS[name]
    entities, relations = _records(name, "entities"), _records(name, "relations")
    genre_of = {r["file"]: r["genre"] for r in entities}  # a digest of several items has a record per item
    genres = list(genre_of.values())
    assert {g: genres.count(g) for g in set(genres)} == counts
    assert sorted(genre_of) == sorted(p.name for p in (HERE / name / "texts").glob("*.txt"))
    assert [(r["file"], r["index"], r["genre"]) for r in relations] == [(r["file"], r["index"], r["genre"]) for r in entities]
    assert {r["corpus"] for r in relations} == {f"tests/gold/{name}/texts"}
    for file, genre in genre_of.items():
        least, most = NEWS_LENGTH.get(name, (low, high)) if genre == "news" else (low, high)
        assert least <= len((HERE / name / "texts" / file).read_text(encoding="utf-8")) <= most, file


@pytest.mark.parametrize("name", SETS)
def test_every_fact_end_but_a_documents_region_is_an_entity_of_its_article(name):
    """A fact's industry, fund, agency, zone or policy is annotated in the same article; a region subject may be
    absent only where the region is written inside names alone (a document's issuer, 自治区支持…, 省里…)."""
    entities = {(r["file"], r["index"]): {e["id"] for e in r["entities"]} for r in _records(name, "entities")}
    for record in _records(name, "relations"):
        article = (record["file"], record["index"])
        for fact in record["facts"]:
            assert fact["object"] in entities[article], (article, fact)
            if not fact["subject"].isdigit():
                assert fact["subject"] in entities[article], (article, fact)


@pytest.mark.parametrize("name", SETS)
def test_no_fact_has_an_end_marked_missing_in_kb(name):
    missing = {(r["file"], r["index"]): {e["id"] for e in r["entities"] if e["missing_in_kb"]} for r in _records(name, "entities")}
    for record in _records(name, "relations"):
        for fact in record["facts"]:
            assert not {fact["subject"], fact["object"]} & missing[(record["file"], record["index"])], (record["file"], fact)


def test_checkers_take_a_gold_file_and_its_texts_on_the_command_line(capsys):
    entities, relations, texts = (str(HERE / "genres_heldout4" / p) for p in ("entities.jsonl", "relations.jsonl", "texts"))
    assert check_linking_gold.main([entities, texts]) == 0
    assert check_gold.main([relations, texts]) == 0
    assert check_linking_gold.main([entities]) == 2
    assert check_gold.main([relations]) == 2
    assert "usage" in capsys.readouterr().err


def test_article_dates_read_from_the_head_match_the_date_gold():
    """Every text's date is the one read by hand (``article_dates/dates.jsonl``): a day exactly, a month-only date as
    no date or a day within it, no date where the text states none; a known miss stays undated until it is read."""
    from kg.ingest import read_source
    from kg.segment import segment

    wrong = []
    for record in (json.loads(line) for line in (HERE / "article_dates" / "dates.jsonl").read_text(encoding="utf-8").splitlines()):
        (article,) = segment(read_source(HERE / record["set"] / "texts" / record["file"])).articles
        gold, got = record["date"], article.date
        if gold is None or len(gold) == 7:
            right = got is None or (gold is not None and got.startswith(gold))
        else:
            right = got is None if record.get("known_miss") else got == gold
        if not right:
            wrong.append((record["set"], record["file"], got, gold))
    assert wrong == []
