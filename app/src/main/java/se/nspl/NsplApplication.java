package se.nspl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class NsplApplication {
    public static void main(String[] args) {
        SpringApplication.run(NsplApplication.class, args);
    }
}
