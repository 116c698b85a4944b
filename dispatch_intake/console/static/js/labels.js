// Chinese words for the API's codes. An unknown code is shown as it is, never hidden.

export const PRIORITY = {
  critical: "危重",
  urgent: "紧急",
  routine: "一般",
  unknown: "未分级",
};

// Lower sorts first in the queue.
export const PRIORITY_RANK = { critical: 0, urgent: 1, unknown: 2, routine: 3 };

export const STATUS = {
  provisional: "待确认位置",
  location_confirmed: "位置已确认",
  dispatched: "已派车",
  closed: "已结束",
  transferred: "已转接",
};

export const ROLE = {
  call_taker: "接警员",
  dispatcher: "调度员",
  supervisor: "值班主管",
  auditor: "审计员",
};

export const ACTION = {
  dispatch_now: "立即派车",
  disambiguate: "先确认位置",
  transfer: "转接",
  ask_more: "继续询问位置",
  dispatch: "可以派车",
  escalate: "上报主管",
  dispatch_now_parallel: "立即派车并通知邻近中心",
  confirm: "确认位置",
  none: "无需操作",
};

// How exact a candidate's point is; exact points carry no mark.
export const PRECISION = {
  approx: "约",
  district: "区县级",
  city: "市级",
};

export const KIND = {
  campus: "校区",
  university: "高校",
  hospital: "医院",
  hospital_branch: "院区",
  district: "区县",
  city: "城市",
  province: "省",
  landmark: "地标",
  road: "道路",
  station: "车站",
  crossing: "路口",
  address: "地址",
  town: "乡镇",
  village: "村",
};

export const TIMELINE = {
  created: "接警",
  location_said: "来电人说",
  position_updated: "定位更新",
  candidates_changed: "候选更新",
  contradiction: "说法矛盾",
  prompt_shown: "提示语",
  priority_changed: "分级",
  action_recommended: "建议",
  confirmed: "确认位置",
  dispatched: "派车",
  transferred: "转接",
  escalated: "上报主管",
  closed: "结束",
  note: "备注",
  answer: "问答",
  repeat_caller: "重复来电",
  complaint_said: "主诉",
  complaint_added: "主诉",
  priority_set: "人工分级",
  taken_over: "主管接管",
  parallel_alerted: "已通知另一中心",
  held_call_merged: "并入暂存记录",
  full_read: "完整查阅",
  erased: "到期抹除",
  parallel_alert: "通知邻近中心",
  held_locally: "本地暂存",
  full_read: "查看号码",
  erased: "到期删除",
};

// Where a supervisor or auditor was shown a whole caller number (timeline `full_read`).
export const READ_VIA = {
  list: "队列或查询",
  record: "打开呼叫",
  timeline: "时间线",
  events: "实时更新",
};

// The case-entry script's questions, as a person names them.
export const QUESTION = {
  location: "位置",
  callback_number: "回拨号码",
  what_happened: "发生了什么",
  age: "年龄",
  awake: "意识",
  breathing: "呼吸",
};

// What a refusal means to the person at the console, by HTTP status; the service's own English
// message is kept for the log, never shown.
export const ERROR_BY_STATUS = {
  0: "无法连接受理服务，请检查网络",
  400: "提交的内容不完整或有误，请检查后重试",
  401: "登录已失效，请重新登录",
  403: "当前角色无权执行此操作",
  404: "找不到该呼叫记录",
  405: "本服务不支持此操作",
  409: "呼叫当前的状态不允许此操作（可能已派车、已结束或已转接）",
  413: "内容过长，请分几次提交",
  422: "提交的内容不完整或有误，请检查后重试",
  429: "操作过于频繁，请稍后再试",
  503: "受理服务暂时不可用，请稍后再试",
};

// A finer word for some refusals, by the service's error code.
export const ERROR_BY_CODE = {
  bad_credentials: "工号或密码错误",
  not_authenticated: "登录已失效，请重新登录",
  body_too_large: "内容过长，请分几次提交",
  store_unavailable: "中心数据库暂时没有应答，这一步没有记下；保持通话，稍后再按一次",
};

// What each verb is, for "派车失败：…".
export const VERB = {
  start: "新建呼叫",
  location: "提交位置",
  confirm: "确认位置",
  dispatch: "派车",
  transfer: "转接",
  escalate: "上报主管",
  notes: "备注",
  answers: "记录回答",
  close: "结束呼叫",
  complaint: "补充主诉",
  priority: "调整分级",
  takeover: "接管",
  search: "查询",
  verify: "校验时间线",
  evidence: "导出证据包",
  reveal: "查看完整号码",
};

// The service's English warnings, in Chinese; an unknown one is shown as it came.
const WARNING_PATTERNS = [
  [/^unknown field, ignored$/, () => "未知字段，已忽略"],
  [/^clipped to (\d+) characters/, (m) => `超过 ${m[1]} 字，已截断`],
  [/^expected text, got (\w+); ignored$/, () => "应为文字，已忽略"],
  [/^no digits in the caller number; ignored$/, () => "没有数字，已忽略"],
  [/^kept only the digits of the caller number$/, () => "只保留了其中的数字"],
  [/^the caller number is too short or too long/, () => "号码位数不像电话号码，按原样保存"],
  [/^expected an object with lat and lon/, () => "定位应包含纬度和经度，已忽略"],
  [/^lat must be within/, () => "纬度或经度超出范围，定位已忽略"],
  [/^radius_m must be a positive number/, () => "定位半径应为正数，已忽略"],
  [/^radius_m clipped to (\d+)/, (m) => `定位半径过大，按 ${m[1]} 米计`],
  [/^source must be text; ignored$/, () => "定位来源应为文字，已忽略"],
  [/^unknown position fields ignored/, () => "定位中有未知字段，已忽略"],
  [/^(expected an ISO 8601 time|not an ISO 8601 time)/, () => "时间格式不对，已忽略"],
  [/^the time has no UTC offset/, () => "时间没有时区，按原样保存"],
  [/^the UTC offset has seconds/, () => "时区含秒，已按 UTC 保存"],
  [/^no psap given; answered by ([\w-]+)/, (m, name) => `未指定中心，由 ${name(m[1])} 受理`],
  [/^unknown psap; answered by ([\w-]+)/, (m, name) => `未知的中心，由 ${name(m[1])} 受理`],
];

export function warningText(message, centreName = (id) => id) {
  const text = String(message || "");
  if (/[\u4e00-\u9fff]/.test(text)) return text;
  for (const [pattern, render] of WARNING_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return render(match, centreName);
  }
  return text;
}

// Field names the service names in warnings.
export const FIELD = {
  caller_position: "来电定位",
  caller_number: "来电号码",
  location: "位置",
  location_text: "位置",
  complaint_text: "主诉",
  psap: "中心",
  received_at: "接警时间",
  text: "内容",
  unit: "车组",
  to_psap: "转至中心",
  reason: "原因",
  option: "选项",
  place_id: "地点",
  answer: "回答",
  question: "问题",
  priority: "分级",
  store: "存储",
  dispatch: "派车",
};

export function label(table, code) {
  if (code === null || code === undefined || code === "") return "—";
  return table[code] ?? String(code);
}
