package org.gridcase.patrol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record AddFindingCommand(@NotBlank @Size(max = 20) String trackingNumber) {
}
