/**
 * Workplace: Tasklist set up for the people who work cases. Shared task filters for every role
 * (我的待办, 本网格待领取, 黄灯, 红灯, 今日到期) created at start, and user tasks named after their case
 * ({@link org.gridcase.workplace.TaskNamePolicy}: "网格内处置 · 暴露垃圾 · 顺河路1号") so a list of
 * tasks reads as a list of cases. The Tasklist plugin that shows each task's tracking number,
 * issue type, address, light, photos and history lives in {@code src/main/frontend/tasklist-case}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workplace")
package org.gridcase.workplace;
