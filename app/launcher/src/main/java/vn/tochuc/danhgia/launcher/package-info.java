/**
 * The run command: {@code java -jar app/launcher/target/danhgia-launcher.jar --demo}. It starts an embedded MariaDB
 * whose data lives under {@code ./data/} (unless {@code DB_URL} names an external server), then Payara Micro with the
 * WAR, bound to 127.0.0.1 and without Hazelcast, its root directory under {@code ./data/payara/} (see {@link
 * vn.tochuc.danhgia.launcher.PayaraRoot}), waits until the application is healthy and prints where it is.
 */
package vn.tochuc.danhgia.launcher;
