package org.gridcase.patrol;

import jakarta.validation.constraints.NotBlank;

record StartPatrolCommand(@NotBlank String gridCode) {
}
