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
  none: "无需操作",
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
};

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
};

export function label(table, code) {
  if (code === null || code === undefined || code === "") return "—";
  return table[code] ?? String(code);
}
