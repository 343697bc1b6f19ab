/**
 * Small valid assessments, one per kind, touching every value type (text, text[], choice, checks,
 * check, count, date, slots, file blocks, annexes). Functions, so each test gets its own copy.
 */

export function jutenDocument(): Record<string, unknown> {
  return {
    $schema: '../dist/schemas/juten.schema.json',
    meta: { kind: 'juten' },
    cover: {
      title: '特定個人情報保護評価書(重点項目評価書)',
      evaluationNo: '123',
      evaluationName: '国民健康保険に関する事務 重点項目評価書',
      declaration: '市は、国民健康保険に関する事務における特定個人情報ファイルの取扱いに当たり…',
      specialNotes: null,
      orgName: '市長',
      published: { raw: '令和6年2月5日', iso: '2024-02-05' },
    },
    I: {
      1: {
        name: '国民健康保険に関する事務',
        content: '国民健康保険法に基づく資格管理、保険料賦課、給付…',
        targetCount: { value: 'from100kTo300k', raw: '10万人以上30万人未満' },
      },
      2: {
        'system[1]': {
          name: '国民健康保険システム',
          function: '資格管理、賦課、給付',
          connections: {
            infoNetwork: { checked: false },
            intraLink: { checked: true },
            other: { checked: true, text: '医療保険者等向け中間サーバー等' },
          },
        },
      },
      3: { fileNames: ['国民健康保険被保険者ファイル'] },
      4: { legalBasis: '番号法第9条第1項 別表の44の項' },
      5: { implemented: { value: 'implement', raw: '実施する' }, legalBasis: '番号法第19条第8号' },
      6: { dept: '保険年金課', headTitle: '課長' },
      7: { otherOrgs: '—' },
    },
    'II[1]': {
      1: { fileName: '国民健康保険被保険者ファイル' },
      2: {
        fileType: { value: 'system', raw: 'システム用ファイル' },
        subjectCount: { value: 'from100kTo1m', raw: '10万人以上100万人未満' },
        subjectScope: '国民健康保険の被保険者',
        itemCount: { value: 'ge100', raw: '100項目以上' },
        mainItems: {
          myNumber: { checked: true },
          basicInfo: { checked: true },
          medicalInsurance: { checked: true },
          other: { checked: null, text: '口座登録・連携ファイル関係情報' },
        },
        allItems: '別添1を参照。',
        holdingStart: { raw: '平成27年11月', iso: '2015-11' },
        dept: '保険年金課',
      },
      3: {
        sources: { self: { checked: true }, otherDept: { checked: true, text: '市民課、税務課' } },
        methods: { paper: { checked: true }, intraLink: { checked: true } },
        purpose: '国民健康保険の資格管理、保険料賦課及び給付のため',
        userDept: '保険年金課',
        userCount: { value: 'from100To500', raw: '100人以上500人未満' },
        usage: '…',
        matching: '…',
        useStart: { raw: '平成28年1月1日', iso: '2016-01-01' },
      },
      4: {
        has: { value: 'outsource', raw: '委託する' },
        count: 2,
        'item[1]': {
          title: '国民健康保険事務に係る業務委託',
          content: '…',
          handlerCount: { value: 'lt10', raw: '10人未満' },
          contractor: '(株)FSK',
          subcontract: { value: 'subcontract', raw: '再委託する' },
          subcontractPermission: '再委託を行う場合には、書面により申請し、市が承認する。',
          subcontractWork: 'システム保守',
        },
        'item[2]': {
          title: '国保連合会への共同処理委託',
          contractor: '国民健康保険団体連合会',
          subcontract: { value: 'noSubcontract', raw: '再委託しない' },
          subcontractPermission: '—',
        },
      },
      5: {
        has: { providing: { checked: true }, transferring: { checked: null }, none: { checked: false } },
        provideCount: 1,
        transferCount: null,
        'provide[1]': {
          name: '全国健康保険協会',
          legalBasis: '番号法第19条第8号',
          subjectCount: { value: 'lt10k', raw: '1万人未満' },
          method: { infoNetwork: { checked: true } },
          timing: '随時',
        },
      },
      6: { place: 'データセンター' },
      7: { remarks: null },
    },
    'III[1]': {
      1: { fileName: '国民健康保険被保険者ファイル' },
      2: {
        outOfScope: { measures: '…', adequate: { value: 'sufficient', raw: '十分である' } },
        otherRisks: '—',
      },
      3: {
        unauthorizedUse: {
          userAuth: { value: 'doing', raw: '行っている' },
          userAuthHow: '…',
          adequate: { value: 'sufficient', raw: '十分である' },
        },
      },
      4: {
        optOut: false,
        contractRule: { value: 'defined', raw: '定めている' },
        subcontractAssurance: { value: 'sufficient', raw: '十分に行っている' },
        subcontractAssuranceHow: '…',
      },
      6: { optOutAcquire: false, optOutProvide: null, provUnauthorized: { measures: '…' } },
      7: {
        leak: {
          incidentProcedure: { value: 'sufficient', raw: '十分に行っている' },
          seriousIncident: { value: 'none', raw: '発生なし' },
          incidentContent: null,
        },
      },
    },
    III: {
      8: { audit: { selfCheck: { checked: true }, internal: { checked: true }, external: { checked: false } } },
      9: { training: { value: 'sufficient', raw: '十分に行っている' }, trainingHow: '…' },
      10: { otherMeasures: '…' },
    },
    IV: { 1: { requestTo: '〒000-0000 …', requestMethod: '…' }, 2: { contact: '…', handling: '…' } },
    V: {
      1: {
        date: { raw: '令和6年2月5日', iso: '2024-02-05' },
        thresholdResult: { value: 'kisoAndJuten', raw: '基礎項目評価及び重点項目評価の実施が義務付けられる' },
      },
      2: { method: '—', period: '—', opinions: '—' },
      3: { date: null, method: '－', result: '－' },
    },
    annex: {
      'records[1]': { raw: '【国保世帯情報】…', 'group[1]': { name: '【国保世帯情報】', items: ['世帯番号', '世帯主'] } },
      'changes[1]': {
        date: { raw: '平成29年4月1日', iso: '2017-04-01' },
        item: 'I 6②所属長',
        before: '○○',
        after: '課長',
        timing: { value: 'after', raw: '事後' },
        timingNote: null,
      },
    },
    'attachments[1]': { title: '別添3 特定個人情報の提供先一覧', raw: '…' },
  };
}

export function zenkoDocument(): Record<string, unknown> {
  return {
    meta: { kind: 'zenko' },
    cover: {
      title: '特定個人情報保護評価書(全項目評価書)',
      evaluationNo: '7',
      approved: null,
      published: null,
    },
    I: {
      1: { name: '介護保険に関する事務', targetCount: { value: 'ge300k', raw: '30万人以上' } },
      3: { fileNames: ['介護保険情報ファイル'] },
      reason: { necessity: '…', benefit: '…' },
      // Ids keep juten's numbers: zenko's Ⅰ 6. 情報連携 is `I.5`.
      5: { legalBasis: '…', implemented: null },
    },
    'II[1]': {
      3: {
        timing: '随時',
        acquisitionValidity: '…',
        notice: '…',
        purpose: '…',
        purposeChangeValidity: '—',
        statistics: '行わない',
        decisions: '…',
      },
      4: {
        has: { value: 'outsource', raw: '委託する' },
        count: 6,
        'item[1]': {
          title: '介護保険システム運用保守業務',
          fileScope: { value: 'part', raw: '特定個人情報ファイルの一部' },
          scopeSubjectCount: { value: 'from100kTo1m', raw: '10万人以上100万人未満' },
          scopeSubjectRange: '…',
          deliveryMethod: { dedicatedLine: { checked: true }, other: { checked: true, text: '運用・保守専用のシステム環境' } },
          contractorCheck: '…',
          subcontract: { value: 'subcontract', raw: '再委託する' },
        },
      },
      6: { place: '…', retentionPeriod: { value: 'ge20', raw: '20年以上' }, retentionValidity: '…', erasure: '…' },
    },
    'III[1]': {
      2: {
        outOfScope: { targetOnly: '…', necessaryOnly: '…', otherMeasures: '—', adequate: { value: 'sufficient', raw: '十分である' } },
        inaccurate: { identityCheck: '…', adequate: { value: 'focused', raw: '特に力を入れている' } },
      },
      4: {
        accessLimit: { value: 'limiting', raw: '制限している' },
        handlingLog: { value: 'keeping', raw: '記録を残している' },
        subcontractAssurance: { value: 'sufficient', raw: '十分に行っている' },
      },
      7: {
        leak: {
          nisc: { value: 'notGovernment', raw: '政府機関ではない' },
          physical: { value: 'sufficient', raw: '十分に行っている' },
          incidentProcedure: { value: 'focused', raw: '特に力を入れている' },
          seriousIncident: { value: 'occurred', raw: '発生あり' },
          incidentContent: '別紙のとおり',
          deceased: { value: 'stored', raw: '保管している' },
        },
        notErased: { procedure: { value: 'defined', raw: '定めている' } },
      },
    },
    III: {
      8: { selfCheck: { value: 'sufficient', raw: '十分に行っている' }, auditLevel: null },
      9: { training: { value: 'sufficient', raw: '十分に行っている' } },
    },
    IV: { 1: { fee: { value: 'free', raw: '無 料' }, fileRegister: { value: 'doing', raw: '行っている' } } },
    V: {
      1: { thresholdResult: { value: 'kisoAndZenko', raw: '基礎項目評価及び全項目評価の実施が義務付けられる' } },
      2: { period: '令和8年6月4日から7月3日までの30日間', shortenReason: '—' },
      4: { submitted: null, review: null },
    },
    annex: { workflow: '(備考) …', 'changes[3]': { date: { raw: '2020/3/30', iso: '2020-03-30' }, timing: { value: 'before', raw: '事前' } } },
  };
}

export function kisoDocument(): Record<string, unknown> {
  return {
    meta: { kind: 'kiso' },
    cover: { formVersion: '[平成29年5月 様式2]', title: '特定個人情報保護評価書(基礎項目評価書)' },
    I: { 1: { name: '…', content: '…', systemNames: '国保システム' }, 3: { fileNames: ['国保ファイル'] } },
    threshold: {
      targetCount: { value: 'from10kTo100k', raw: '1万人以上10万人未満' },
      targetCountAsOf: '令和6年4月1日時点',
      handlerCount: { value: 'lt500', raw: '500人未満' },
      seriousIncident: { value: 'none', raw: '発生なし' },
      result: { value: 'kisoOnly', raw: '基礎項目評価の実施が義務付けられる' },
    },
    riskSummary: {
      formsSubmitted: { value: 'kiso', raw: '基礎項目評価書' },
      acquisition: { value: 'sufficient', raw: '十分である' },
      outsourcingOptOut: true,
      networkOptOutAcquire: null,
    },
    III: { 8: { audit: { selfCheck: { checked: true } } }, 9: { training: { value: 'sufficient', raw: '十分に行っている' } } },
    annex: { 'changes[1]': { date: { raw: '令和7年4月1日', iso: '2025-04-01' }, item: '…', timing: { value: 'before', raw: '事前' } } },
  };
}
