// How the explorer names and colours the graph's node labels and relation types
// (graph-schema/schema.json). Unknown ones fall back to their own name and a grey.

const nodeTypes = {
  Committee: { name: "政协", color: "#c0392b" },
  Place: { name: "地点", color: "#2e86c1" },
  Person: { name: "人物", color: "#8e44ad" },
  Initiative: { name: "品牌/平台", color: "#d68910" },
  Activity: { name: "活动", color: "#229954" },
  Topic: { name: "主题", color: "#17a589" },
  Body: { name: "机构", color: "#7f8c8d" },
  Document: { name: "文件", color: "#34495e" },
  Regulation: { name: "制度", color: "#a04000" },
  Award: { name: "荣誉", color: "#b7950b" },
  Date: { name: "日期", color: "#5d6d7e" },
};

const relationTypes = {
  ISSUED: "发布",
  MENTIONS: "提及",
  ABOUT: "关于",
  PART_OF: "隶属",
  LOCATED_IN: "位于",
  CONDUCTED: "开展",
  HELD_ON: "时间",
  RAN: "运行",
  VERSION_OF: "版本",
  RELATED_TO: "相关",
  ADOPTED: "出台",
  AWARDED: "获得",
  HAS_ROLE: "任职",
  LEADS: "带队",
  REPORTED_BY: "报道",
};

export const typeName = (type) => nodeTypes[type]?.name ?? type;
export const typeColor = (type) => nodeTypes[type]?.color ?? "#95a5a6";
export const relationName = (relation) => relationTypes[relation] ?? relation;
/** "运行 (RAN)": the Chinese reading with the API's own name, for lists and panels. */
export const relationLabel = (relation) =>
  relationTypes[relation] ? `${relationTypes[relation]} (${relation})` : relation;
