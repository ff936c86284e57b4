export const MAINTAINER_REMARK_MARKERS: readonly string[];
export function findMaintainerRemark(text: string): string | undefined;
