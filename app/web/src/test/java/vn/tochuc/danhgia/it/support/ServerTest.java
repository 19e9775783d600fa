package vn.tochuc.danhgia.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the real WAR on Payara Micro with a real MariaDB. The test environment is
 * registered before Arquillian on purpose: it creates the database Arquillian's configuration refers to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestEnvironment.class)
@ExtendWith(ArquillianExtension.class)
public @interface ServerTest {}
