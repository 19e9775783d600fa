package vn.tochuc.danhgia.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}; every resource of every module is found by scanning. Errors are RFC 9457
 * problems (see {@code kernel.rest}). The OpenAPI document is served by the runtime at {@code /openapi}; the error
 * answers are declared once here, as components, and operations refer to them by name
 * ({@code @APIResponse(responseCode = "404", ref = "NotFound")}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Đánh giá, xếp loại — API", version = "1",
                description = "Góp ý dự thảo, tổng hợp tiếp thu giải trình, cụ thể hóa khung tiêu chí. "
                        + "Lỗi trả về dạng application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Dữ liệu không hợp lệ: detail nói lỗi gì, errors liệt kê từng trường",
                        content = @Content(mediaType = RestApplication.PROBLEM, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "Không có quyền (vai trò hoặc đơn vị của người gọi)",
                        content = @Content(mediaType = RestApplication.PROBLEM, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "Không tìm thấy",
                        content = @Content(mediaType = RestApplication.PROBLEM, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "Xung đột: đã bị sửa sau khi đọc (version) hoặc trạng thái không cho phép",
                        content = @Content(mediaType = RestApplication.PROBLEM, schema = @Schema(ref = "Problem")))
        }))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    static final String PROBLEM = "application/problem+json";
}
