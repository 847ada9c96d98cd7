import { swaggerUiPage } from '../documentation/swagger-ui';

/** The Swagger UI page without PUBLIC_URL or inline scripts (see src/documentation/swagger-ui.ts). */
export default () => swaggerUiPage();
